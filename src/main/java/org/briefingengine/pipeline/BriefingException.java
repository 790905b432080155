package org.briefingengine.pipeline;

import java.util.List;

/** A failure the user can act on: one line per problem, and the exit code that names its kind. */
public final class BriefingException extends RuntimeException {

    private final ExitCode exitCode;
    private final transient List<String> lines;

    public BriefingException(ExitCode exitCode, List<String> lines, Throwable cause) {
        super(String.join("\n", lines), cause);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    public BriefingException(ExitCode exitCode, String line) {
        this(exitCode, List.of(line), null);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<String> lines() {
        return lines;
    }
}
