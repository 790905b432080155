package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.briefingengine.model.RuleAudit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run as a whole, over the shipped fixtures: the same input gives the same findings with the same ids whatever
 * order the facts are inserted in, and the audit counts what fired.
 */
class RuleRunTest {

    private static RuleScenario rules;
    private static FactSet fixtures;

    @BeforeAll
    static void compileAndLoad() {
        rules = RuleScenario.shippedRules();
        LoadedInputs inputs = new FactLoader().load(Path.of("fixtures"), RuleScenario.SHIPPED_RULES);
        assertThat(inputs.errors()).as("the shipped fixtures load").isEmpty();
        fixtures = inputs.facts();
    }

    private static Period period(String label) {
        return switch (label) {
            case "2021-Q4" -> Period.quarter(2021, 4);
            case "2021" -> Period.year(2021);
            case "2019-Q1..2021-Q4" -> Period.range(Period.quarter(2019, 1), Period.quarter(2021, 4));
            default -> RuleScenario.ALL;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-Q4", "2021", "2019-Q1..2021-Q4", "all"})
    void findings_areIdenticalAcrossRunsAndInsertionOrders(String label) {
        Period period = period(label);
        List<Finding> first = rules.run(fixtures, period).findings();

        assertThat(first).isNotEmpty();
        assertThat(rules.run(fixtures, period).findings()).isEqualTo(first);
        for (long seed = 1; seed <= 4; seed++) {
            assertThat(rules.shuffledWith(seed).run(fixtures, period).findings()).as("seed %d", seed)
                    .isEqualTo(first);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-Q4", "2021", "all"})
    void findingIds_areUniqueInARun_andNameTheirRule(String label) {
        List<Finding> findings = rules.run(fixtures, period(label)).findings();

        assertThat(findings).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(findings).allSatisfy(f -> assertThat(f.id()).startsWith(f.rule() + "-"));
        assertThat(findings).allSatisfy(f -> assertThat(f.period()).isEqualTo(label));
    }

    @Test
    void theHarness_findsWhatTheEngineFinds() {
        Period period = Period.quarter(2021, 4);
        EngineResult result = new RuleEngine(rules.ruleBase()).analyse(fixtures, period, rules.parameters());

        assertThat(rules.run(fixtures, period).findings()).isEqualTo(result.findings());
    }

    @Test
    void aRun_tellsHowManyFactsAreInserted_endingWithAllOfThem() {
        Period period = Period.quarter(2021, 4);
        List<long[]> inserting = new java.util.ArrayList<>();
        EngineStages stages = new EngineStages() {
            @Override
            public void progress(String stage, long done, long total, String units) {
                assertThat(units).isEqualTo(stage.equals(RuleEngine.INSERTING) ? "facts" : "firings");
                if (stage.equals(RuleEngine.INSERTING)) {
                    inserting.add(new long[] {done, total});
                }
            }
        };

        EngineResult result = new RuleEngine(rules.ruleBase()).analyse(fixtures, period, rules.parameters(), stages);

        long flattened = FactFlattener.flatten(fixtures, period).size();
        assertThat(inserting).first().satisfies(p -> assertThat(p).containsExactly(0, flattened));
        assertThat(inserting).last().satisfies(p -> assertThat(p).containsExactly(flattened, flattened));
        assertThat(result.findings()).isEqualTo(rules.run(fixtures, period).findings());
    }

    @Test
    void findingId_changesWithItsEvidence() {
        Facts twoForums = Facts.facts().forums("a", "b", "c").topics("x")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "b", "2021-11-13", "x");
        Finding before = rules.run(twoForums, Period.quarter(2021, 4)).of("topic-overlap").get(0);
        Finding after = rules.run(twoForums.meeting("m3", "c", "2021-12-13", "x"), Period.quarter(2021, 4))
                .of("topic-overlap").get(0);

        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(rules.run(twoForums.meeting("m3", "c", "2021-12-13", "x"), Period.quarter(2021, 4))
                .of("topic-overlap").get(0).id()).isEqualTo(after.id());
    }

    @Test
    void audit_countsFiringsAndFindingsOfEveryRule() {
        RuleScenario.Outcome outcome = rules.run(fixtures, Period.quarter(2021, 4));
        Map<String, Long> findingsPerRule = outcome.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule, Collectors.counting()));

        assertThat(outcome.audit()).extracting(RuleAudit::rule)
                .containsExactlyInAnyOrderElementsOf(rules.ruleBase().rules().keySet());
        assertThat(outcome.firings()).containsKeys("topic-count-per-quarter", "topic-overlap", "first-in-record-topic", "new-channel")
                .allSatisfy((rule, times) -> assertThat(times).isPositive());
        for (RuleAudit audit : outcome.audit()) {
            assertThat(audit.firings()).as(audit.rule()).isEqualTo(outcome.firings().getOrDefault(audit.rule(), 0));
            assertThat((long) audit.findings()).as(audit.rule())
                    .isEqualTo(findingsPerRule.getOrDefault(audit.rule(), 0L));
            assertThat(audit.firings()).as(audit.rule()).isGreaterThanOrEqualTo(audit.findings());
            assertThat(audit.facts() > 0).as(audit.rule()).isEqualTo(audit.firings() > 0);
            assertThat(Path.of(audit.file())).as(audit.rule()).isRegularFile();
            assertThat(audit.line()).as(audit.rule()).isPositive();
        }
        assertThat(outcome.audit("topic-overlap").category()).isEqualTo("overlap");
        assertThat(outcome.audit("topic-count-per-quarter").findings()).isZero();
    }

    @Test
    void audit_ofATinyRun_countsEachFiring() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a", "b").topics("x", "y")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "b", "2021-11-13", "x", "y"), Period.quarter(2021, 4));

        assertThat(outcome.audit("topic-overlap").firings()).isEqualTo(1);
        assertThat(outcome.audit("topic-frequency").firings()).isEqualTo(1);
        assertThat(outcome.audit("topic-frequency").findings()).isEqualTo(1);
        assertThat(outcome.audit("bridge-actor").firings()).isZero();
        assertThat(outcome.firings()).doesNotContainKey("bridge-actor");
    }
}
