package org.briefingengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the real command line in-process with captured streams and a fixed clock. */
final class Cli {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);

    private Cli() {
    }

    /** Exit code and what the command printed. */
    record Result(int exitCode, String out, String err) {
    }

    /** The 1-based number of the first line of {@code file} that holds {@code text}: where a located error must point. */
    static int lineOf(java.nio.file.Path file, String text) throws java.io.IOException {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " holds no line with " + text);
    }

    static Result run(String... args) {
        return run(CLOCK, args);
    }

    static Result run(Clock clock, String... args) {
        return run(clock, java.util.Map.of(), args);
    }

    /** As {@link #run(String...)}, with the given environment variables (BRIEFING_HOME) and no others. */
    static Result run(Clock clock, java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(clock, new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
