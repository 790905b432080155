package org.briefingengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Period;
import org.junit.jupiter.api.Test;

/** A period is parsed once; only previous-quarter, latest and all look at the clock or the facts. */
class PeriodSpecTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);
    private static final FactSet NO_FACTS = new FactSet(List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void fixedPeriods_resolveToThemselves() {
        assertThat(PeriodSpec.parse("2021-Q4").resolve(CLOCK, NO_FACTS)).isEqualTo(Period.quarter(2021, 4));
        assertThat(PeriodSpec.parse(" 2021 ").resolve(CLOCK, NO_FACTS)).isEqualTo(Period.year(2021));
        assertThat(PeriodSpec.parse("2019-Q1..2021-Q4").resolve(CLOCK, NO_FACTS))
                .isEqualTo(Period.range(Period.quarter(2019, 1), Period.quarter(2021, 4)));
    }

    @Test
    void previousQuarter_isTheQuarterBeforeTheClocks_andLatestWithoutMeetingsFallsBackToIt() {
        assertThat(PeriodSpec.parse("previous-quarter").resolve(CLOCK, NO_FACTS)).isEqualTo(Period.quarter(2026, 3));
        assertThat(PeriodSpec.parse("latest").resolve(CLOCK, NO_FACTS)).isEqualTo(Period.quarter(2026, 3));
    }

    @Test
    void notAPeriod_isRejectedWhenParsed() {
        assertThatThrownBy(() -> PeriodSpec.parse("2021-Q5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid period '2021-Q5': use 2021-Q4, 2021, 2019-Q1..2021-Q4, previous-quarter, latest "
                        + "or all");
        assertThatThrownBy(() -> PeriodSpec.parse("2021-Q1..")).hasMessageStartingWith("invalid period '2021-Q1..'");
    }
}
