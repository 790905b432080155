package org.briefingengine.engine;

/** A rule failed while the session ran (its consequence threw, or the rules kept firing past the limit). */
public final class RuleRuntimeException extends RuntimeException {

    public RuleRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
