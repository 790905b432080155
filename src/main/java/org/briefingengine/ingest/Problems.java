package org.briefingengine.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems across files so a user sees all of them in one pass. */
public final class Problems {

    private final List<InputProblem> all = new ArrayList<>();

    public void add(InputProblem problem) {
        all.add(problem);
    }

    public void error(Path file, String message) {
        all.add(new InputProblem(file, 0, 0, "", message, InputProblem.Level.ERROR));
    }

    public void at(DocumentPlaces doc, String pointer, String message) {
        all.add(doc.problem(pointer, message, InputProblem.Level.ERROR));
    }

    public void warnAt(DocumentPlaces doc, String pointer, String message) {
        all.add(doc.problem(pointer, message, InputProblem.Level.WARNING));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(InputProblem::isError);
    }

    /** Sorted by file, then line, so the report reads top to bottom. */
    public List<InputProblem> list() {
        return all.stream().sorted(Comparator.comparing((InputProblem p) -> p.file().toString())
                .thenComparingInt(InputProblem::line).thenComparingInt(InputProblem::column)).toList();
    }
}
