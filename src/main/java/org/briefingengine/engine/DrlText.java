package org.briefingengine.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** A rule file's text with its line starts, turning offsets into 1-based lines and columns and back. */
record DrlText(Path file, String text, List<Integer> lineStarts) {

    DrlText(Path file, String text) {
        this(file, text, lineStarts(text));
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** A rule file's text (UTF-8). */
    static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Where {@code fragment} starts at or after {@code from} (Drools gives fragments as text, not as places). */
    Optional<Integer> find(String fragment, int from) {
        int at = text.indexOf(fragment, Math.max(0, from));
        return at < 0 || fragment.isBlank() ? Optional.empty() : Optional.of(at);
    }

    /** Offset of the start of a 1-based line. */
    int offsetOfLine(int line) {
        return lineStarts.get(Math.max(0, Math.min(line - 1, lineStarts.size() - 1)));
    }

    int offsetOf(int line, int column) {
        return offsetOfLine(line) + column - 1;
    }

    /** Reports for a fragment starting at {@code start}: lines and columns inside it are placed in the file. */
    BiConsumer<int[], String> reporter(int start, List<RuleProblem> into) {
        return (at, message) -> {
            int startLine = lineOf(start);
            int line = startLine + at[0] - 1;
            int column = at[0] == 1 ? start - offsetOfLine(startLine) + at[1] : at[1];
            into.add(new RuleProblem(file, line, column, message));
        };
    }

    private int lineOf(int offset) {
        int line = 1;
        while (line < lineStarts.size() && lineStarts.get(line) <= offset) {
            line++;
        }
        return line;
    }
}
