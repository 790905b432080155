package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as precise as the source allows, and never more precise than that. */
class PartialDateTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource({
        "2021-10-13, DAY,     2021-10-13, 2021-10-13",
        "2021-10,    MONTH,   2021-10-01, 2021-10-31",
        "2020-02,    MONTH,   2020-02-01, 2020-02-29",
        "2021-Q4,    QUARTER, 2021-10-01, 2021-12-31",
        "2021-Q1,    QUARTER, 2021-01-01, 2021-03-31",
        "2017,       YEAR,    2017-01-01, 2017-12-31",
    })
    void eachAcceptedForm_standsForTheWholeRangeItNames(String text, DatePrecision precision, LocalDate earliest,
                                                       LocalDate latest) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-10-13", "2021-10", "2021-Q4", "2017", "2020-02-29"})
    void toString_givesBackTheTextThatWasParsed(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
        assertThat(PartialDate.parse(PartialDate.parse(text).toString())).isEqualTo(PartialDate.parse(text));
    }

    @Test
    void dayThatDoesNotExist_isRejectedAsImpossible() {
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impossible date '2021-02-30' (Invalid date 'FEBRUARY 30')");
    }

    @Test
    void twentyNinthOfFebruaryOutsideALeapYear_isImpossible() {
        assertThat(PartialDate.parse("2020-02-29").earliest()).isEqualTo(LocalDate.of(2020, 2, 29));

        assertThatThrownBy(() -> PartialDate.parse("2021-02-29"))
                .hasMessageStartingWith("impossible date '2021-02-29'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13", "2021-00", "2021-10-32", "2021-00-10"})
    void monthOrDayOutOfRange_isImpossible(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("impossible date '" + text + "' (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/10/2021", "13 October 2021", "2021-1-5", "21", "2021-Q5", "2021-Q0", "2021-q4",
        " 2021", "2021-10-13T10:00", "", "٢٠٢١"})
    void textInNoAcceptedForm_isRejectedNamingTheForms(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed date '" + text + "' (use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)");
    }

    @Test
    void nullText_isRejected() {
        assertThatThrownBy(() -> PartialDate.parse(null)).hasMessage("date text must not be null");
    }

    @Test
    void constructedDate_mustStartOnTheFirstDayOfItsPrecision() {
        assertThat(new PartialDate(LocalDate.of(2021, 10, 1), DatePrecision.QUARTER)).hasToString("2021-Q4");

        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2021, 10, 13), DatePrecision.QUARTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quarter-precision date must start on 2021-10-01, not 2021-10-13");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2021, 11, 1), DatePrecision.QUARTER))
                .hasMessage("a quarter-precision date must start on 2021-10-01, not 2021-11-01");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2021, 10, 2), DatePrecision.MONTH))
                .hasMessage("a month-precision date must start on 2021-10-01, not 2021-10-02");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2021, 2, 1), DatePrecision.YEAR))
                .hasMessage("a year-precision date must start on 2021-01-01, not 2021-02-01");
    }

    @Test
    void ordering_isByEarliestDayThenByLatest_soTheNarrowerDateComesFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2021-02-01"), PartialDate.parse("2021"),
                PartialDate.parse("2021-Q1"), PartialDate.parse("2021-01"), PartialDate.parse("2021-01-01"),
                PartialDate.parse("2020-12-31")));

        Collections.sort(dates);

        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2020-12-31", "2021-01-01", "2021-01", "2021-Q1", "2021", "2021-02-01");
    }

    @Test
    void sameText_givesEqualDates_andDifferentPrecisionsNeverCompareEqual() {
        assertThat(PartialDate.parse("2021-Q4")).isEqualTo(PartialDate.parse("2021-Q4"))
                .isEqualByComparingTo(PartialDate.parse("2021-Q4"));
        assertThat(PartialDate.parse("2021-10")).isNotEqualByComparingTo(PartialDate.parse("2021-Q4"));
        assertThat(PartialDate.parse("2021-10-01")).isNotEqualByComparingTo(PartialDate.parse("2021-10"));
    }

    @Test
    void ofDay_isDayPrecise() {
        PartialDate day = PartialDate.ofDay(LocalDate.of(2013, 8, 6));

        assertThat(day).isEqualTo(PartialDate.parse("2013-08-06"));
        assertThat(day.year()).isEqualTo(2013);
    }
}
