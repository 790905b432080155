package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.briefingengine.engine.facts.ReportWindow;
import org.briefingengine.model.Period;
import org.junit.jupiter.api.Test;

/** The report window: which windows trends compare, and how the time some earlier windows cover is labelled. */
class ReportWindowTest {

    @Test
    void spanOfLags_runsFromTheFarthestWindowToTheNearest_eachAsLongAsThePeriod() {
        ReportWindow year = FactFlattener.window(Period.year(2019));
        ReportWindow quarter = FactFlattener.window(Period.quarter(2021, 4));
        ReportWindow range = FactFlattener.window(Period.range(Period.quarter(2019, 2), Period.quarter(2021, 3)));

        assertThat(year.spanOfLags(List.of(2, 3, 4, 5))).isEqualTo("2014-Q1..2017-Q4");
        assertThat(year.spanOfLags(List.of(3))).isEqualTo("2016-Q1..2016-Q4");
        assertThat(quarter.spanOfLags(List.of(5, 2, 4))).isEqualTo("2020-Q3..2021-Q2");
        assertThat(quarter.spanOfLags(List.of(4))).isEqualTo("2020-Q4..2020-Q4");
        assertThat(range.spanOfLags(List.of(2))).as("ten quarters each").isEqualTo("2014-Q2..2016-Q3");
        assertThat(Phrasing.in(year.spanOfLags(List.of(2, 3, 4, 5)))).isEqualTo("in 2014–2017");
        assertThat(Phrasing.in(quarter.spanOfLags(List.of(2, 5))))
                .isEqualTo("from the third quarter of 2020 to the second quarter of 2021");
    }

    @Test
    void spanOfLags_isEmpty_withoutLags_orForTheWholeRecord() {
        assertThat(FactFlattener.window(Period.year(2019)).spanOfLags(List.of())).isEmpty();
        assertThat(FactFlattener.window(Period.all(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31)))
                .spanOfLags(List.of(2))).isEmpty();
    }

    @Test
    void comparedLags_arePeriodBeforeAndYearAgo() {
        assertThat(FactFlattener.window(Period.quarter(2021, 4)).comparedLags()).containsExactly(0, 1, 4);
        assertThat(FactFlattener.window(Period.year(2021)).comparedLags()).containsExactly(0, 1);
    }
}
