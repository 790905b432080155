package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reporting windows, the comparable windows before them, and which dates they hold. */
class PeriodTest {

    private static final Period Q4_2021 = Period.quarter(2021, 4);

    @Test
    void quarter_runsFromItsFirstToItsLastDay() {
        assertThat(Q4_2021.label()).isEqualTo("2021-Q4");
        assertThat(Q4_2021.start()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(Q4_2021.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(Q4_2021.kind()).isEqualTo(Period.Kind.QUARTER);
        assertThat(Q4_2021.months()).isEqualTo(3);
    }

    @Test
    void quarterOutsideOneToFour_isRejected() {
        assertThatThrownBy(() -> Period.quarter(2021, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quarter must be 1 to 4, not 5");
        assertThatThrownBy(() -> Period.quarter(2021, 0)).hasMessage("quarter must be 1 to 4, not 0");
    }

    @Test
    void quarterOf_findsTheQuarterHoldingADay() {
        assertThat(Period.quarterOf(LocalDate.of(2021, 10, 13))).isEqualTo(Q4_2021);
        assertThat(Period.quarterOf(LocalDate.of(2021, 3, 31))).isEqualTo(Period.quarter(2021, 1));
    }

    @Test
    void year_isTwelveMonthsLabelledByTheYear() {
        Period year = Period.year(2021);

        assertThat(year).hasToString("2021");
        assertThat(year.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(year.months()).isEqualTo(12);
    }

    @Test
    void range_runsFromTheStartOfTheFirstQuarterToTheEndOfTheLast() {
        Period range = Period.range(Period.quarter(2019, 1), Q4_2021);

        assertThat(range.label()).isEqualTo("2019-Q1..2021-Q4");
        assertThat(range.start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(range.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(range.kind()).isEqualTo(Period.Kind.RANGE);
        assertThat(range.months()).isEqualTo(36);
    }

    @Test
    void rangeOfOneQuarter_isAllowed() {
        assertThat(Period.range(Q4_2021, Q4_2021).months()).isEqualTo(3);
    }

    @Test
    void rangeEndingBeforeItStarts_orNotOfQuarters_isRejected() {
        assertThatThrownBy(() -> Period.range(Q4_2021, Period.quarter(2021, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range 2021-Q4..2021-Q1 ends before it starts");
        assertThatThrownBy(() -> Period.range(Period.year(2020), Q4_2021))
                .hasMessage("a range runs from one quarter to another");
    }

    @Test
    void periodEndingBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> new Period("x", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 31),
                Period.Kind.RANGE)).hasMessage("period x ends before it starts");
    }

    @Test
    void all_coversTheGivenDays() {
        Period all = Period.all(LocalDate.of(2013, 7, 1), LocalDate.of(2023, 12, 31));

        assertThat(all.label()).isEqualTo("all");
        assertThat(all.kind()).isEqualTo(Period.Kind.ALL);
        assertThat(all.months()).isEqualTo(126);
    }

    @Test
    void previousOfAQuarter_isTheQuarterBefore_evenAcrossAYear() {
        assertThat(Period.quarter(2021, 1).previous()).isEqualTo(Period.quarter(2020, 4));
        assertThat(Q4_2021.previous()).isEqualTo(Period.quarter(2021, 3));
    }

    @Test
    void previousOfAYear_isTheYearBefore() {
        assertThat(Period.year(2021).previous()).isEqualTo(Period.year(2020));
    }

    @Test
    void previousOfARange_isTheEquallyLongRangeEndingTheDayBeforeItStarts() {
        Period range = Period.range(Period.quarter(2021, 1), Q4_2021);

        assertThat(range.previous()).isEqualTo(Period.range(Period.quarter(2020, 1), Period.quarter(2020, 4)));
        assertThat(range.previous()).hasToString("2020-Q1..2020-Q4");
    }

    @Test
    void previousOfARangeAcrossAYearEnd_keepsItsLength() {
        Period twoQuarters = Period.range(Period.quarter(2021, 2), Period.quarter(2021, 3));

        assertThat(twoQuarters.previous()).hasToString("2020-Q4..2021-Q1");
        assertThat(twoQuarters.previous().end()).isEqualTo(twoQuarters.start().minusDays(1));
    }

    @Test
    void previousOfAll_isTheEquallyLongStretchBefore() {
        Period all = Period.all(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));

        Period before = all.previous();

        assertThat(before.start()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(before.end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(before.label()).isEqualTo("before-all");
    }

    @Test
    void yearBefore_isTheSameWindowTwelveMonthsEarlier() {
        assertThat(Q4_2021.yearBefore()).isEqualTo(Period.quarter(2020, 4));
        assertThat(Period.year(2021).yearBefore()).isEqualTo(Period.year(2020));
        assertThat(Period.range(Period.quarter(2021, 2), Period.quarter(2021, 3)).yearBefore())
                .hasToString("2020-Q2..2020-Q3");
    }

    @Test
    void yearOnlyDate_isNotContainedInAQuarterOfThatYear_butStraddlesIt() {
        PartialDate year2021 = PartialDate.parse("2021");

        assertThat(Q4_2021.contains(year2021)).isFalse();
        assertThat(Q4_2021.straddles(year2021)).isTrue();
    }

    @Test
    void yearOnlyDate_isContainedInItsYear_andDoesNotStraddleIt() {
        PartialDate year2021 = PartialDate.parse("2021");

        assertThat(Period.year(2021).contains(year2021)).isTrue();
        assertThat(Period.year(2021).straddles(year2021)).isFalse();
    }

    @Test
    void datesInsideTheQuarter_areContained_includingItsFirstAndLastDays() {
        assertThat(Q4_2021.contains(PartialDate.parse("2021-10-01"))).isTrue();
        assertThat(Q4_2021.contains(PartialDate.parse("2021-12-31"))).isTrue();
        assertThat(Q4_2021.contains(PartialDate.parse("2021-11"))).isTrue();
        assertThat(Q4_2021.contains(PartialDate.parse("2021-Q4"))).isTrue();
        assertThat(Q4_2021.straddles(PartialDate.parse("2021-11"))).isFalse();
    }

    @Test
    void datesOutsideTheQuarter_areNeitherContainedNorStraddling() {
        for (String outside : new String[] {"2021-09-30", "2022-01-01", "2021-Q3", "2020"}) {
            PartialDate date = PartialDate.parse(outside);

            assertThat(Q4_2021.contains(date)).as(outside).isFalse();
            assertThat(Q4_2021.straddles(date)).as(outside).isFalse();
        }
    }

    @Test
    void quarterDate_isContainedInItsYear_butStraddlesAMonthInsideIt() {
        Period november = new Period("2021-11", LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30),
                Period.Kind.RANGE);

        assertThat(Period.year(2021).contains(PartialDate.parse("2021-Q4"))).isTrue();
        assertThat(november.straddles(PartialDate.parse("2021-Q4"))).isTrue();
    }
}
