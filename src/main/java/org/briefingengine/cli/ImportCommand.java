package org.briefingengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.engine.Phrasing;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.Problems;
import org.briefingengine.intake.CsvImporter;
import org.briefingengine.intake.FactFilesWriter.Written;
import org.briefingengine.intake.ImportSummary;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing import}: CSV tables to fact files by a declarative mapping, or a filled intake workbook to one fact
 * file, checked with the facts already in the output folder.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn CSV tables (plain or .gz) into fact files by a mapping; report counts and rejects.",
            "Or turn a filled intake workbook (.xlsx, see 'template') into DIR/<name>.json, checked cell by cell."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA",
            description = "The meetings CSV, or the folder holding the tables the mapping names.")
    Path data;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "The mapping (JSON) for CSV: which columns make meetings, topics, actors and roles.")
    Path mapping;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the fact files (forums.json, actors.json, meetings/); use it with --facts.")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules folder, for the taxonomy and the roles register (default: ${DEFAULT-VALUE}).")
    Path rules;

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
        if (data.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            return importWorkbook();
        }
        if (mapping == null || !Files.isRegularFile(mapping)) {
            throw new BriefingException(ExitCode.USAGE, (mapping == null ? "a CSV import needs --mapping FILE"
                    : mapping + ": no such mapping file") + " (see rules/imports/README.md)");
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
            summary.unmatched().forEach(say::println);
            var w = summary.written();
            say.println("wrote: " + Phrasing.count(w.forums(), "forum") + ", " + Phrasing.count(w.actors(), "actor") + ", "
                    + Phrasing.count(w.meetings(), "meeting") + " in " + Phrasing.count(w.files(), "file") + " under "
                    + w.folder());
            say.flush();
        }
        return ErrorPrinter.ok();
    }

    private Integer importWorkbook() {
        Path target = out.resolve(data.getFileName().toString().replaceAll("(?i)\\.xlsx$", ".json"));
        Written written = new WorkbookImport(rules).importInto(data, target);
        if (!quiet) {
            spec.commandLine().getOut().println("import: " + data.getFileName() + ": "
                    + Phrasing.count(written.meetings(), "meeting") + ", " + Phrasing.count(written.actors(), "actor")
                    + ", " + Phrasing.count(written.forums(), "forum") + " written to " + target);
            spec.commandLine().getOut().flush();
        }
        return ErrorPrinter.ok();
    }
}
