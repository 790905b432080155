package org.briefingengine.scenario;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.briefingengine.ingest.InputProblem;

/**
 * How one scenario went. {@code PASS} and {@code FAIL} are about the rules; {@code INVALID} means the scenario
 * itself (its facts, parameters, period or rule names) is wrong, with {@code problems} placed in its file;
 * {@code ERROR} means the rules failed while running it (a throwing or looping rule).
 */
public record ScenarioOutcome(Status status, String name, Path file, List<String> failures,
                              List<InputProblem> problems) {

    /** The verdict on one scenario. */
    public enum Status { PASS, FAIL, INVALID, ERROR }

    public ScenarioOutcome {
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
    }

    static ScenarioOutcome of(String name, Path file, List<String> failures) {
        return new ScenarioOutcome(failures.isEmpty() ? Status.PASS : Status.FAIL, name, file, failures, List.of());
    }

    static ScenarioOutcome invalid(String name, Path file, List<InputProblem> problems) {
        return new ScenarioOutcome(Status.INVALID, name, file, List.of(), problems.stream()
                .sorted(Comparator.comparing((InputProblem p) -> p.file().toString())
                        .thenComparingInt(InputProblem::line).thenComparingInt(InputProblem::column))
                .toList());
    }

    static ScenarioOutcome error(String name, Path file, String message) {
        return new ScenarioOutcome(Status.ERROR, name, file, List.of(message), List.of());
    }

    public boolean passed() {
        return status == Status.PASS;
    }

    /** {@code PASS name (file)}, or {@code FAIL name (file): missing …; unexpected …}. */
    public String line() {
        String head = status + " " + name + " (" + file + ")";
        return switch (status) {
            case PASS -> head;
            case FAIL, ERROR -> head + ": " + String.join("; ", failures);
            case INVALID -> head + ": " + problems.size() + " problem(s) in the scenario";
        };
    }
}
