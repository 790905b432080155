package org.briefingengine.pipeline;

/** The exit codes of every command, the one place they are named (README documents them). */
public enum ExitCode {
    OK(0), USAGE(2), INVALID_FACTS(3), RULES(4), OUTPUT(5), LOCKED(6),
    /** {@code test-rules}: at least one rule scenario did not get the findings it expects. */
    SCENARIOS_FAILED(7);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
