package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.briefingengine.engine.facts.TopicTrend;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trends on real data: the UN General Assembly roll calls of 1960 (54, 17 of them with an issue recorded) and 1961
 * (106, 44 with an issue). In 1961 the Assembly held twice as many roll calls, so raw counts rose for most issues;
 * arms control and disarmament (di) went from 6 of 17 to 7 of 44 — more roll calls, a smaller share. A trend must
 * follow the share, not the count, and the share is of the roll calls whose issues are recorded.
 */
class UngaRollCallTrendsTest {

    private static final Period Y1961 = Period.year(1961);

    private static RuleScenario rules;
    private static Facts facts;

    @BeforeAll
    static void read() {
        assumeTrue(UngaRollCalls.available(), "the UNGA roll-call data in ../shared/data/unga-votes/");
        rules = RuleScenario.shippedRules();
        facts = UngaRollCalls.read(Set.of(1960, 1961));
    }

    @Test
    void sharesAreNormalisedByTheRollCallsHeldThatYear() {
        RuleScenario.Outcome outcome = rules.run(facts, Y1961);

        TopicTrend di = outcome.all(TopicTrend.class).stream()
                .filter(t -> t.topic().equals("di") && t.against() == 1).findFirst().orElseThrow();
        assertThat(di.meetingsBefore()).hasSize(6);
        assertThat(di.meetingsNow()).as("the raw count rose").hasSize(7);
        assertThat(di.heldBefore()).isEqualTo(54);
        assertThat(di.heldNow()).isEqualTo(106);
        assertThat(di.totalBefore()).as("the roll calls with an issue recorded").isEqualTo(17);
        assertThat(di.totalNow()).isEqualTo(44);
        assertThat(di.shareNow()).as("but its share fell").isLessThan(di.shareBefore());
    }

    @Test
    void aYearWhereRawCountsRiseButTheShareFalls_isNotRising_andFallingFollowsTheShare() {
        RuleScenario.Outcome outcome = rules.run(facts, Y1961);

        // di 6 -> 7, co 11 -> 15 and nu 3 -> 8 all rose in count; only me and ec rose in share, from nothing, clearly.
        assertThat(outcome.of("rising-topic")).extracting(Finding::subject).containsExactlyInAnyOrder("me", "ec");
        assertThat(outcome.of("rising-topic")).extracting(Finding::statement)
                .contains("Topic ec is rising: raised at 11 of 44 meetings (25%) in 1961, against none of the 17 meetings in "
                        + "1960 (counting only meetings with topics recorded).");
        // Of the roll calls with an issue recorded, di fell from 6 of 17 (35%) to 7 of 44 (16%): z = -1.66, just past
        // the shipped test, and co from 11 of 17 (65%) to 15 of 44 (34%): z = -2.17. A stricter test keeps co only.
        assertThat(outcome.of("falling-topic")).extracting(Finding::subject).containsExactlyInAnyOrder("di", "co");
        assertThat(rules.with("trend.minZ", 1.7).run(facts, Y1961).of("falling-topic")).extracting(Finding::subject)
                .containsExactly("co");
    }
}
