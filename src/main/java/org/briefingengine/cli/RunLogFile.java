package org.briefingengine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/** The {@code --log FILE} of a command line: where stage, error and end-of-run lines are appended. */
final class RunLogFile {

    private RunLogFile() {
    }

    /** The file given with {@code --log} to the command that ran, if any. */
    static Optional<Path> of(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--log")) {
                return Optional.ofNullable(p.matchedOptionValue("--log", (Path) null));
            }
        }
        return Optional.empty();
    }

    static void append(Path file, String line) throws IOException {
        Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Appends, and gives up quietly: a run that has already failed must not fail again over its log. */
    static void appendQuietly(Optional<Path> file, String line) {
        file.ifPresent(f -> {
            try {
                append(f, line);
            } catch (IOException ignored) {
                // the error itself was printed on stderr
            }
        });
    }
}
