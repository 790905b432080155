package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;

/** Meeting keys follow the order of the sources annex, and every cited meeting gets one. */
class CitationsTest {

    @Test
    void meetingsOfThePeriodComeFirstThenCoarselyDatedOnes() {
        Citations citations = Citations.of(SampleReports.quarter2021Q4());
        assertThat(citations.key("euohchr-2021-10-first-dialogue")).isEqualTo("M1");
        assertThat(citations.key("ppf-2021-4th-edition")).isEqualTo("M2");
        assertThat(citations.key("am-2021-02-ministerial")).isEqualTo("M3");
        assertThat(citations.earlier).isEmpty();
    }

    @Test
    void refsAreInKeyOrderWithoutRepeats() {
        Citations citations = Citations.of(SampleReports.quarter2021Q4());
        assertThat(citations.inKeyOrder(List.of("am-2021-02-ministerial", "ppf-2021-4th-edition",
                "euohchr-2021-10-first-dialogue", "ppf-2021-4th-edition")).stream().map(citations::key))
                .containsExactly("M1", "M2", "M3");
        assertThat(citations.inKeyOrder(List.of())).isEmpty();
        assertThat(citations.inKeyOrder(List.of("no-such-meeting")).stream().map(citations::key))
                .containsExactly("no-such-meeting");
    }

    @Test
    void earlierMeetingsThatFindingsCiteAreKeyedAfterThePeriod() {
        Citations citations = Citations.of(ReportVariants.emptyQuarterWithEvidence());
        assertThat(citations.inPeriod).isEmpty();
        assertThat(citations.earlier).extracting(m -> m.id())
                .containsExactly("euohchr-2021-10-first-dialogue", "ppf-2021-4th-edition");
        assertThat(citations.key("euohchr-2021-10-first-dialogue")).isEqualTo("M1");
    }
}
