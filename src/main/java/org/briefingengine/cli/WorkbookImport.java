package org.briefingengine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.ingest.Problems;
import org.briefingengine.intake.FactFilesWriter.Written;
import org.briefingengine.intake.excel.IntakeWorkbookReader;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;

/**
 * A filled intake workbook checked together with the facts already in the target folder (an earlier import of the
 * same workbook is replaced, not doubled), then written as one fact file. Any problem names its cell; nothing is
 * written then.
 */
final class WorkbookImport {

    private final Path rules;

    WorkbookImport(Path rules) {
        this.rules = rules;
    }

    Written importInto(Path workbook, Path target) {
        Problems problems = new Problems();
        var doc = new IntakeWorkbookReader(problems).read(workbook);
        if (doc.isEmpty()) {
            failOn(problems.list());
        }
        Path folder = target.toAbsolutePath().getParent();
        boolean hasOtherFacts = hasOtherFacts(folder, target);
        LoadedInputs loaded = new FactLoader().load(hasOtherFacts ? folder : null, rules, List.of(doc.orElseThrow()),
                Set.of(target.toAbsolutePath().normalize()));
        // The rows the reader could not place are left out of the document: its problems and the checks' go together.
        failOn(java.util.stream.Stream.concat(problems.list().stream(), loaded.problems().stream()).toList());
        try {
            Files.createDirectories(folder);
            JsonDocument imported = doc.get();
            Files.writeString(target, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(imported.root()) + "\n");
        } catch (IOException e) {
            throw new BriefingException(ExitCode.OUTPUT, List.of(target + ": cannot write: " + e.getMessage()), e);
        }
        var root = doc.get().root();
        return new Written(folder, root.path("forums").size(), root.path("actors").size(),
                root.path("meetings").size(), 1);
    }

    private static void failOn(List<InputProblem> problems) {
        List<String> errors = problems.stream().filter(InputProblem::isError).map(InputProblem::toString).toList();
        if (!errors.isEmpty()) {
            throw new BriefingException(ExitCode.INVALID_FACTS, errors, null);
        }
    }

    private static boolean hasOtherFacts(Path folder, Path target) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.walk(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".json")
                    && !f.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize()));
        } catch (IOException e) {
            return false;
        }
    }
}
