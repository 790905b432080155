package org.briefingengine.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefingengine.analysis.FindingChanges;
import org.briefingengine.model.Finding;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.render.json.FindingChangesJsonWriter;
import org.briefingengine.render.json.FindingsJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing diff A.json B.json}: findings added, removed and changed between two findings files, matched by
 * rule and subject. Two files of the same period are a restatement (the rules or facts changed); then a changed
 * statement counts too.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two findings files (findings-<period>.json): findings added, removed and changed, "
            + "matched by rule and subject, not by id.",
            "Two files of the same period (a run under other rules or facts) are a restatement: a changed statement "
                + "then counts as a change too."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier findings file.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later findings file.")
    Path after;

    @Option(names = "--json", description = "Print the changes as JSON instead of lines.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FindingsJsonReader.FindingsFile a = read(before);
        FindingsJsonReader.FindingsFile b = read(after);
        boolean restatement = a.period().equals(b.period());
        FindingChanges changes = FindingChanges.between(label(a, restatement, before), a.findings(),
                label(b, restatement, after), b.findings(), restatement);
        var out = spec.commandLine().getOut();
        if (json) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            FindingChangesJsonWriter.write(changes, buffer);
            out.print(buffer.toString(StandardCharsets.UTF_8));
        } else {
            out.println((restatement ? "Restatement of " + a.period() + ": " : a.period() + " to " + b.period() + ": ")
                    + changes.summary());
            changes.added().forEach(f -> out.println("+ " + key(f) + "  " + f.statement()));
            changes.removed().forEach(f -> out.println("- " + key(f) + "  " + f.statement()));
            changes.changed().forEach(c -> out.println("~ " + key(c.after()) + "  " + c.after().statement() + "  ("
                    + String.join("; ", c.differences()) + ")"));
        }
        out.flush();
        return ErrorPrinter.ok();
    }

    private static FindingsJsonReader.FindingsFile read(Path file) {
        try {
            return FindingsJsonReader.read(file);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? file + ": no such file" : e.getMessage();
            throw new BriefingException(ExitCode.USAGE, reason + "; give two findings-<period>.json files");
        }
    }

    /** The period, or for a restatement the file, so the two sides can be told apart. */
    private static String label(FindingsJsonReader.FindingsFile file, boolean restatement, Path path) {
        return restatement ? path.toString() : file.period();
    }

    private static String key(Finding f) {
        return f.rule() + (f.subject().isBlank() ? "" : " " + f.subject());
    }
}
