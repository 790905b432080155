package org.briefingengine.extract;

/** An article that cannot be read; the message names the file and what to do. */
public final class ArticleException extends RuntimeException {

    public ArticleException(String message) {
        super(message);
    }
}
