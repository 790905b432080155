package org.briefingengine.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with an input file, placed by line, column and JSON pointer, printed as
 * {@code fixtures/meetings/x.json:14:9: /meetings/3/topics/1: unknown topic 'x' (did you mean 'y'?)}.
 */
public record InputProblem(Path file, int line, int column, String pointer, String message, Level level) {

    /** Errors stop a run; warnings are reported and the run goes on. */
    public enum Level { ERROR, WARNING }

    public InputProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(level, "level must not be null");
        pointer = pointer == null ? "" : pointer;
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        text.append(": ");
        if (level == Level.WARNING) {
            text.append("warning: ");
        }
        if (!pointer.isEmpty()) {
            text.append(pointer).append(": ");
        }
        return text.append(message).toString();
    }
}
