package org.briefingengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.Problems;
import org.briefingengine.intake.CsvImporter;
import org.briefingengine.intake.ImportSummary;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing import}: CSV tables to fact files, by a declarative mapping. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn CSV tables (plain or .gz) into fact files by a mapping; report counts and rejects.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA",
            description = "The meetings CSV, or the folder holding the tables the mapping names.")
    Path data;

    @Option(names = "--mapping", paramLabel = "FILE", required = true,
            description = "The mapping (JSON): which columns make meetings, topics, actors and roles.")
    Path mapping;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the fact files (forums.json, actors.json, meetings/); use it with --facts.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(data)) {
            throw new BriefingException(ExitCode.USAGE, data + ": no such file or folder: give the meetings CSV or"
                    + " the folder holding the tables");
        }
        if (!Files.isRegularFile(mapping)) {
            throw new BriefingException(ExitCode.USAGE, mapping + ": no such mapping file");
        }
        Problems problems = new Problems();
        ImportSummary summary = new CsvImporter().importTables(data, mapping, out, problems);
        List<String> errors = problems.list().stream().filter(InputProblem::isError).map(InputProblem::toString)
                .toList();
        if (!errors.isEmpty()) {
            throw new BriefingException(ExitCode.INVALID_FACTS, errors, null);
        }
        PrintWriter say = spec.commandLine().getOut();
        if (!quiet) {
            summary.counts().forEach(line -> say.println("import: " + line));
            summary.rejects().forEach(line -> say.println("rejected: " + line));
            var w = summary.written();
            say.println("wrote: " + w.forums() + " forum(s), " + w.actors() + " actor(s), " + w.meetings()
                    + " meeting(s) in " + w.files() + " files under " + w.folder());
            say.flush();
        }
        return ErrorPrinter.ok();
    }
}
