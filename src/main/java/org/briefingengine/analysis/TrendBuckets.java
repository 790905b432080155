package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.List;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Period;

/**
 * The columns of the topic × period table: the eight quarters up to a quarter, the quarters of a short range,
 * otherwise every year from the first meeting on record to the end of the period.
 */
final class TrendBuckets {

    private static final int QUARTERS_SHOWN = 8;
    private static final int MAX_RANGE_QUARTERS = 12;

    private TrendBuckets() {
    }

    static List<String> of(Period period, FactSet facts) {
        if (period.kind() == Period.Kind.QUARTER) {
            return quarters(Period.quarterOf(period.start().minusMonths(3L * (QUARTERS_SHOWN - 1))), period);
        }
        if (period.kind() == Period.Kind.RANGE && period.months() / 3 <= MAX_RANGE_QUARTERS) {
            return quarters(Period.quarterOf(period.start()), Period.quarterOf(period.end()));
        }
        int first = facts.meetings().stream().mapToInt(m -> m.start().year()).min().orElse(period.start().getYear());
        List<String> years = new ArrayList<>();
        for (int y = Math.min(first, period.start().getYear()); y <= period.end().getYear(); y++) {
            years.add(Integer.toString(y));
        }
        return years;
    }

    private static List<String> quarters(Period first, Period last) {
        List<String> labels = new ArrayList<>();
        for (Period q = first; !q.start().isAfter(last.start()); q = Period.quarterOf(q.end().plusDays(1))) {
            labels.add(q.label());
        }
        return labels;
    }
}
