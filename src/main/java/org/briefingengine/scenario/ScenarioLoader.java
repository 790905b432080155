package org.briefingengine.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleInfo;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Suggestions;

/**
 * Loads a scenario's facts through the real ingest (the facts folder first when the scenario says
 * {@code "base": "fixtures"}), applies its parameter overrides, resolves its period, and checks that every rule it
 * names exists and makes findings. Every problem is placed in the scenario file (or the fact file it comes from).
 */
final class ScenarioLoader {

    private final Path factsDir;
    private final Path rulesDir;
    private final RuleBase rules;
    private final Clock clock;

    ScenarioLoader(Path factsDir, Path rulesDir, RuleBase rules, Clock clock) {
        this.factsDir = factsDir;
        this.rulesDir = rulesDir;
        this.rules = rules;
        this.clock = clock;
    }

    /** The inputs, or empty with the reasons added to {@code problems}. */
    Optional<ScenarioInputs> load(Scenario scenario, List<InputProblem> problems) {
        LoadedInputs loaded = new FactLoader().load(scenario.fromBase() ? factsDir : null, rulesDir,
                scenario.facts().stream().toList());
        problems.addAll(loaded.errors());
        Map<String, Parameter> parameters = new TreeMap<>(loaded.parametersByName());
        scenario.parameters().values().forEach(o -> {
            if (parameters.containsKey(o.name())) {
                Parameter was = parameters.get(o.name());
                var spec = loaded.parameterSpecs().get(o.name());
                var wrong = spec == null ? java.util.Optional.<String>empty() : spec.problem(o.number(), o.text());
                wrong.ifPresent(w -> problems.add(at(scenario, o.pointer(), w)));
                parameters.put(o.name(), new Parameter(o.name(), o.number(), o.text(), was.description()));
            } else {
                problems.add(at(scenario, o.pointer(), "unknown parameter '" + o.name() + "'"
                        + Suggestions.didYouMean(o.name(), parameters.keySet()) + "; parameters are those in "
                        + rulesDir.resolve(FactLoader.PARAMETERS_FILE)));
            }
        });
        List<Expectation> all = new ArrayList<>(scenario.expect());
        all.addAll(scenario.expectNot());
        all.forEach(e -> checkRule(scenario, e, problems));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioInputs(loaded.facts(), parameters,
                scenario.period().resolve(clock, loaded.facts())));
    }

    private void checkRule(Scenario scenario, Expectation e, List<InputProblem> problems) {
        RuleInfo rule = rules.rule(e.rule());
        if (rule == null) {
            problems.add(at(scenario, e.pointer() + "/rule", "unknown rule '" + e.rule() + "'"
                    + Suggestions.didYouMean(e.rule(), rules.rules().keySet())));
        } else if (rule.category().equals("derive")) {
            problems.add(at(scenario, e.pointer() + "/rule", "rule '" + e.rule()
                    + "' derives facts and makes no findings: expect a rule that concludes from them"));
        }
    }

    private static InputProblem at(Scenario scenario, String pointer, String message) {
        return scenario.document().problem(pointer, message, InputProblem.Level.ERROR);
    }
}
