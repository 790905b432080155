package org.briefingengine.extract;

import org.briefingengine.model.PartialDate;

/**
 * A date read from the text, only as precise as the text: tokens {@code from} to {@code to}, characters
 * {@code start} to {@code end}. {@code since} marks "since 2018" (a starting point, not a meeting date);
 * {@code end} is null unless the text gives a range ("11–13 November 2021").
 */
public record FoundDate(PartialDate date, PartialDate endDate, int from, int to, int start, int end, int sentence,
                        boolean since) {

    /** Whether this date and {@code other} can describe the same meeting: one lies within the other. */
    public boolean compatibleWith(FoundDate other) {
        PartialDate a = date;
        PartialDate b = other.date;
        return !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest())
                && (contains(a, b) || contains(b, a));
    }

    private static boolean contains(PartialDate outer, PartialDate inner) {
        return !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest());
    }

    /** How much this date says: day beats month beats year. */
    public int precisionRank() {
        return switch (date.precision()) {
            case DAY -> 3;
            case MONTH -> 2;
            case QUARTER -> 1;
            case YEAR -> 0;
        };
    }
}
