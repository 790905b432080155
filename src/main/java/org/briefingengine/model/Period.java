package org.briefingengine.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A reporting window of whole quarters: a quarter, a year, a range of quarters, or the whole data set.
 * The label is also the name of the output folder.
 */
public record Period(String label, LocalDate start, LocalDate end, Kind kind) {

    /** The shape of a period, which decides what "the comparable period before" means. */
    public enum Kind { QUARTER, YEAR, RANGE, ALL }

    public Period {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        // interned: a million meetings' facts carry their quarter's label, and a few dozen texts serve them all
        return new Period((year + "-Q" + quarter).intern(), start, start.plusMonths(3).minusDays(1), Kind.QUARTER);
    }

    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    public static Period year(int year) {
        return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR);
    }

    /** Quarters from the start of {@code first} to the end of {@code last}, both quarters. */
    public static Period range(Period first, Period last) {
        if (first.kind != Kind.QUARTER || last.kind != Kind.QUARTER) {
            throw new IllegalArgumentException("a range runs from one quarter to another");
        }
        if (last.start.isBefore(first.start)) {
            throw new IllegalArgumentException("range " + first.label + ".." + last.label + " ends before it starts");
        }
        return new Period(first.label + ".." + last.label, first.start, last.end, Kind.RANGE);
    }

    public static Period all(LocalDate start, LocalDate end) {
        return new Period("all", start, end, Kind.ALL);
    }

    /** Number of whole months the period spans. */
    public long months() {
        return ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    /** The equally long period that ends the day before this one starts. */
    public Period previous() {
        return shiftedBack(months());
    }

    /** The same window one year earlier (for a quarter: the same quarter a year before). */
    public Period yearBefore() {
        return shiftedBack(12);
    }

    private Period shiftedBack(long monthsBack) {
        LocalDate newStart = start.minusMonths(monthsBack);
        LocalDate newEnd = end.plusDays(1).minusMonths(monthsBack).minusDays(1);
        return switch (kind) {
            case QUARTER -> quarterOf(newStart);
            case YEAR -> year(newStart.getYear());
            case RANGE -> range(quarterOf(newStart), quarterOf(newEnd));
            case ALL -> new Period("before-all", newStart, newEnd, Kind.ALL);
        };
    }

    /** True when every day the date may stand for lies inside the period. */
    public boolean contains(PartialDate date) {
        return !date.earliest().isBefore(start) && !date.latest().isAfter(end);
    }

    /** True when the date may fall in the period but is too imprecise to say (a year-only date in a quarter). */
    public boolean straddles(PartialDate date) {
        return !contains(date) && !date.latest().isBefore(start) && !date.earliest().isAfter(end);
    }

    @Override
    public String toString() {
        return label;
    }
}
