package org.briefingengine.model;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of the source register ({@code fixtures/sources.json}): what a reader needs to find a document the facts
 * cite. It matches the sources whose {@code document} is {@code document} and, when {@code pointer} is set, whose
 * pointer starts with it (so one file of several public records can give each its own entry). Fields the document
 * does not give are "unknown", never guessed; {@code glosses} maps a quote, as the facts copy it, to its English.
 */
public record SourceDocument(String document, String pointer, String title, String titleEnglish, String publisher,
                             String date, String url, String reference, Lang language, Map<String, String> glosses) {

    public SourceDocument {
        Objects.requireNonNull(document, "register entry document must not be null");
        Objects.requireNonNull(title, "register entry title must not be null");
        Objects.requireNonNull(publisher, "register entry publisher must not be null");
        Objects.requireNonNull(language, "register entry language must not be null");
        pointer = pointer == null ? "" : pointer;
        titleEnglish = titleEnglish == null ? "" : titleEnglish;
        date = date == null ? "" : date;
        url = url == null ? "" : url;
        reference = reference == null ? "" : reference;
        glosses = Map.copyOf(glosses);
    }

    boolean matches(Source source) {
        return document.equals(source.document()) && source.pointer().startsWith(pointer);
    }

    /** The title a reader can search for, with its English in brackets when the title is in another language. */
    public String readableTitle() {
        return titleEnglish.isBlank() || titleEnglish.equals(title) ? title : title + " [" + titleEnglish + "]";
    }
}
