package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.StageListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The yardstick: the rule pack's derived counts equal plain Java's, and the bench reports every stage. */
class BenchmarkTest {

    private static PreparedInputs inputs;
    private static FactSet synthetic;

    @BeforeAll
    static void prepare() {
        inputs = PreparedInputs.prepare(Path.of("fixtures"), Path.of("rules"), StageListener.NONE);
        synthetic = SyntheticFacts.generate(400, inputs.loaded().facts().topics(), 7);
    }

    static Stream<Period> periods() {
        return Stream.of(Period.quarter(2021, 4), Period.year(2019),
                Period.range(Period.quarter(2019, 1), Period.quarter(2021, 4)),
                Period.all(LocalDate.of(2012, 1, 1), LocalDate.of(2021, 12, 31)));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void rulesAndPlainJava_agreeOnEveryDerivedCount(Period period) {
        Benchmark.Measurement m = new Benchmark(inputs.ruleBase(), inputs.parameters()).measure(synthetic, period, 1);

        assertThat(m.counts()).isGreaterThan(100);
        assertThat(m.stageMillis()).containsOnlyKeys(Benchmark.STAGES);
        assertThat(m.median("total")).isGreaterThanOrEqualTo(m.median("fire"));
        assertThat(m.plainRatio()).isPositive();
        assertThat(m.findings()).isPositive();
        assertThat(m.firings()).containsKey("window-total");
        if (period.kind() == Period.Kind.ALL) {
            assertThat(m.facts()).as("facts inserted: every meeting, then the gathered tallies")
                    .isGreaterThan(synthetic.meetings().size());
        }
    }

    @Test
    void plainCounts_seeFamiliesWindowsAndEarlierSubjects() {
        Set<String> lines = PlainCounts.compute(synthetic, Period.quarter(2021, 4), 4);

        assertThat(lines).anyMatch(l -> l.startsWith("window|4|"))
                .anyMatch(l -> l.startsWith("trend|"))
                .anyMatch(l -> l.startsWith("baseline|") && l.contains("|1|4|2020-Q3..2021-Q2|"))
                .anyMatch(l -> l.startsWith("baseline|") && l.contains("|4|4|2016-Q1..2019-Q4|"))
                .anyMatch(l -> l.startsWith("actor-seen|A"))
                .anyMatch(l -> l.startsWith("similar|forum-"));
    }

    @Test
    void aDisagreement_failsLoudly_namingTheCountsThatDiffer() {
        Set<String> plain = PlainCounts.compute(synthetic, Period.quarter(2021, 4), 4);
        Set<String> rules = new java.util.HashSet<>(plain);
        rules.remove(plain.iterator().next());
        rules.add("count|made-up@2021-Q4|1|1");

        assertThatThrownBy(() -> Benchmark.agree(rules, plain)).isInstanceOf(BriefingException.class)
                .hasMessageContaining("disagree on 2 derived counts")
                .hasMessageContaining("count|made-up@2021-Q4|1|1");
    }
}
