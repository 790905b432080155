package org.briefingengine.model;

import java.util.Objects;

/**
 * Where a fact comes from: a seed file name or a URL, its language, a pointer to the paragraph, a short quote.
 */
public record Source(String document, String url, Lang language, String pointer, String quote) {

    public Source {
        if ((document == null || document.isBlank()) && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("a source needs a document or a url");
        }
        Objects.requireNonNull(language, "source language must not be null");
        pointer = pointer == null ? "" : pointer;
        quote = quote == null ? "" : quote;
    }

    /** The document name, or the URL when there is no document. */
    public String citation() {
        return document != null && !document.isBlank() ? document : url;
    }
}
