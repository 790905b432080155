package org.briefingengine.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chance of two topics coming up together this often by coincidence: checked against exact sums of binomials. */
class TopicPairTest {

    @Test
    void chance_isTheHypergeometricUpperTail() {
        // 5 or more of 6 meetings with climate among the 6 with digital governance, of 12: (36 + 1) / 924
        assertThat(TopicPair.atLeastTogether(5, 6, 6, 12)).isCloseTo(37 / 924.0, within(1e-12));
        assertThat(TopicPair.atLeastTogether(8, 25, 25, 221)).isCloseTo(0.002607552437418764, within(1e-12));
        assertThat(TopicPair.atLeastTogether(1, 3, 4, 20)).isCloseTo(0.5087719298245614, within(1e-12));
    }

    @Test
    void chance_staysExactForLargeRecords() {
        // 120 expected together by chance: seeing 120 or more is about even odds
        assertThat(TopicPair.atLeastTogether(120, 3000, 4000, 100_000)).isCloseTo(0.5134298738174292, within(1e-9));
        assertThat(TopicPair.atLeastTogether(300, 300, 3000, 100_000)).isLessThan(1e-300);
    }

    @Test
    void chance_isCertainAtOrBelowTheLeastPossible_andNilAboveTheMost() {
        assertThat(TopicPair.atLeastTogether(0, 3, 4, 20)).isEqualTo(1.0);
        assertThat(TopicPair.atLeastTogether(2, 9, 9, 16)).as("at least two must share").isEqualTo(1.0);
        assertThat(TopicPair.atLeastTogether(4, 3, 4, 20)).isZero();
    }

    @Test
    void chance_ofAPair_countsItsMeetings() {
        TopicPair pair = new TopicPair("climate", "digital", Set.of("m1", "m2", "m3", "m4", "m5"), Set.of("a", "b"));

        assertThat(pair.chance(6, 6, 12)).isCloseTo(37 / 924.0, within(1e-12));
    }
}
