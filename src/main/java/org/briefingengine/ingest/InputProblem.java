package org.briefingengine.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with an input, placed by its {@link Location}, printed as
 * {@code fixtures/meetings/x.json:14:9: /meetings/3/topics/1: unknown topic 'x' (did you mean 'y'?)},
 * {@code intake.xlsx: Meetings!D12: unknown forum 'unsc2' (did you mean 'unsc'?)} or
 * {@code votes.csv:row 42, column "date": malformed date '2019-13-01'}.
 */
public record InputProblem(Location location, String message, Level level) {

    /** Errors stop a run; warnings are reported and the run goes on. */
    public enum Level { ERROR, WARNING }

    public InputProblem {
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(location.file(), "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(level, "level must not be null");
    }

    /** A problem in a JSON file, at a line, column and pointer. */
    public InputProblem(Path file, int line, int column, String pointer, String message, Level level) {
        this(new Location.Json(file, line, column, pointer), message, level);
    }

    public Path file() {
        return location.file();
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }

    public String pointer() {
        return location.pointer();
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(location.where()).append(": ");
        if (level == Level.WARNING) {
            text.append("warning: ");
        }
        if (!location.pointer().isEmpty()) {
            text.append(location.pointer()).append(": ");
        }
        return text.append(message).toString();
    }
}
