package org.briefingengine.pipeline;

/** The exit codes of every command, the one place they are named (Main's help lists them, README documents them). */
public enum ExitCode {
    OK(0, "success"),
    /** Anything not foreseen: a bug. The message asks the user to run again with --debug and report it. */
    INTERNAL_ERROR(1, "internal error (a bug: run again with --debug and report it)"),
    USAGE(2, "usage error"),
    INVALID_FACTS(3, "invalid facts"),
    RULES(4, "rules do not compile or failed at run time"),
    OUTPUT(5, "output could not be written"),
    LOCKED(6, "another run holds the output folder's lock"),
    /** {@code test-rules}: at least one rule scenario did not get the findings it expects. */
    SCENARIOS_FAILED(7, "test-rules: a rule scenario did not get the findings it expects");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** What the code means, as the help's exit-code list prints it. */
    public String meaning() {
        return meaning;
    }
}
