package org.briefingengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule pack's own scenarios, run as part of the build: every one passes, and every concluding rule has one. */
class ShippedScenariosTest {

    private static final Path RULES = Path.of("rules");
    private static RuleBase rules;

    @BeforeAll
    static void compileOnce() throws Exception {
        rules = RuleBase.compile(RULES);
    }

    @Test
    void everyShippedScenario_passes() {
        List<Path> files = ScenarioRunner.scenarioFiles(RULES.resolve("scenarios"));

        List<ScenarioOutcome> outcomes = new ScenarioRunner(Path.of("fixtures"), RULES, rules,
                Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC)).runAll(files);

        assertThat(outcomes).isNotEmpty();
        assertThat(outcomes.stream().filter(o -> !o.passed()).map(ScenarioOutcome::line))
                .as("scenarios that did not pass").isEmpty();
    }

    @Test
    void everyConcludingRule_isNamedByAShippedScenario() throws Exception {
        Set<String> named = new TreeSet<>();
        for (Path file : ScenarioRunner.scenarioFiles(RULES.resolve("scenarios"))) {
            String text = java.nio.file.Files.readString(file);
            rules.rules().keySet().stream().filter(r -> text.contains("\"rule\": \"" + r + "\"")).forEach(named::add);
        }

        List<String> concluding = rules.rules().values().stream().filter(r -> !r.category().equals("derive"))
                .map(RuleInfo::name).toList();
        assertThat(named).as("rules with a scenario").containsAll(concluding);
    }
}
