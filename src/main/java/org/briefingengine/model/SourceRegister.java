package org.briefingengine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The register of cited documents, and the one way a source is cited to a reader: "Publisher, Title (date), ¶n".
 * A source the register does not know is cited by its URL or document name, as the facts give it.
 */
public final class SourceRegister {

    public static final SourceRegister EMPTY = new SourceRegister(List.of());
    private static final Pattern PARAGRAPH = Pattern.compile("^paragraph (\\d+)(.*)$");

    private final List<SourceDocument> entries;

    public SourceRegister(List<SourceDocument> entries) {
        // The entry with the longest pointer is the most specific and wins.
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((SourceDocument d) -> d.pointer().length()).reversed()).toList();
    }

    public List<SourceDocument> entries() {
        return entries;
    }

    public Optional<SourceDocument> entryFor(Source source) {
        if (source.document() == null) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.matches(source)).findFirst();
    }

    /** "French Ministry …, التحالف من أجل تعددية الأطراف [Alliance for Multilateralism] (undated), ¶4". */
    public String citation(Source source) {
        String place = place(source);
        return place.isBlank() ? work(source) : work(source) + ", " + place;
    }

    /** The document alone, "Publisher, Title (date)"; the URL or document name for a source the register lacks. */
    public String work(Source source) {
        return entryFor(source).map(SourceRegister::cite).orElseGet(source::citation);
    }

    /** Where in the document: "¶7 (2023 bullet)"; empty when the register entry is itself the place. */
    public String place(Source source) {
        return entryFor(source).map(e -> place(e, source.pointer())).orElseGet(() -> place(null, source.pointer()));
    }

    /** The English of a source's quote, when the register gives one; empty otherwise. */
    public String gloss(Source source) {
        return entryFor(source).map(e -> e.glosses().getOrDefault(source.quote(), "")).orElse("");
    }

    private static String cite(SourceDocument entry) {
        StringBuilder text = new StringBuilder(entry.publisher()).append(", ").append(entry.readableTitle());
        if (!entry.date().isBlank()) {
            text.append(" (").append(entry.date()).append(")");
        }
        return text.toString();
    }

    /** "¶7 (2023 bullet)" for "paragraph 7 (2023 bullet)"; nothing when the entry itself is the place. */
    private static String place(SourceDocument entry, String pointer) {
        if (entry != null && !entry.pointer().isBlank()) {
            return "";
        }
        Matcher m = PARAGRAPH.matcher(pointer);
        return m.matches() ? "\u00b6" + m.group(1) + m.group(2) : pointer;
    }
}
