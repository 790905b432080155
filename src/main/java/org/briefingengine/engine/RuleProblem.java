package org.briefingengine.engine;

import java.nio.file.Path;

/** A rule file problem placed by line and column: {@code rules/overlaps/x.drl:12:8: message}. */
public record RuleProblem(Path file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + Math.max(1, column) : "") + ": " + message;
    }
}
