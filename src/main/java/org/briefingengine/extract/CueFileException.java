package org.briefingengine.extract;

/** A cue file in {@code rules/extract/} that cannot be used; the message names the file and the key. */
public final class CueFileException extends RuntimeException {

    public CueFileException(String message) {
        super(message);
    }
}
