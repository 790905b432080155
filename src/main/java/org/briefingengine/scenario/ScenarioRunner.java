package org.briefingengine.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.Problems;
import org.briefingengine.model.Finding;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.RuleInputs;

/**
 * Runs scenario files against one compiled rule base: the rules are compiled once by the caller, each scenario
 * loads its own facts, and each outcome says PASS, FAIL (with what was missing or unexpected), INVALID or ERROR.
 */
public final class ScenarioRunner {

    private final RuleBase rules;
    private final ScenarioLoader loader;
    private final ScenarioReader reader = new ScenarioReader();

    /**
     * @param factsDir the folder {@code "base": "fixtures"} stands for
     * @param rulesDir the rules folder, for the taxonomy and parameters
     * @param rules    the rules of {@code rulesDir}, already compiled
     */
    public ScenarioRunner(Path factsDir, Path rulesDir, RuleBase rules, Clock clock) {
        this.rules = rules;
        this.loader = new ScenarioLoader(factsDir, rulesDir, rules, clock);
    }

    /** Every {@code *.json} below the folder, in path order. */
    public static List<Path> scenarioFiles(Path scenariosDir) {
        if (!Files.isDirectory(scenariosDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(scenariosDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + scenariosDir, e);
        }
    }

    public List<ScenarioOutcome> runAll(List<Path> files) {
        return files.stream().map(this::run).toList();
    }

    public ScenarioOutcome run(Path file) {
        Problems problems = new Problems();
        Optional<Scenario> read = reader.read(file, problems);
        String fallbackName = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (read.isEmpty()) {
            return ScenarioOutcome.invalid(nameIn(file).orElse(fallbackName), file, errors(problems));
        }
        Scenario scenario = read.get();
        List<InputProblem> loadProblems = new ArrayList<>();
        Optional<ScenarioInputs> inputs = loader.load(scenario, loadProblems);
        if (inputs.isEmpty()) {
            return ScenarioOutcome.invalid(scenario.name(), file, loadProblems);
        }
        try {
            List<Finding> findings = new RuleInputs(inputs.get().facts(), inputs.get().parameters(), rules)
                    .run(inputs.get().period()).findings();
            return ScenarioOutcome.of(scenario.name(), file, ExpectationCheck.failures(scenario, findings));
        } catch (BriefingException e) {
            return ScenarioOutcome.error(scenario.name(), file, e.getMessage());
        }
    }

    private static List<InputProblem> errors(Problems problems) {
        return problems.list().stream().filter(InputProblem::isError).toList();
    }

    /** The scenario's name even when the rest of it is wrong, so the report still says which one it is. */
    private static Optional<String> nameIn(Path file) {
        try {
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
            return root != null && root.path("name").isTextual() ? Optional.of(root.path("name").textValue())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
