package org.briefingengine.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source allows: {@code 2021-10-13}, {@code 2021-10}, {@code 2021-Q4} or {@code 2017}.
 * It stands for the whole range from {@link #earliest()} to {@link #latest()}.
 */
public record PartialDate(LocalDate earliest, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public PartialDate {
        Objects.requireNonNull(earliest, "earliest must not be null");
        Objects.requireNonNull(precision, "precision must not be null");
        // Only the first day of its month, quarter or year keeps latest() and toString() telling the same story.
        LocalDate first = switch (precision) {
            case DAY -> earliest;
            case MONTH -> earliest.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(earliest.getYear(), (earliest.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> earliest.withDayOfYear(1);
        };
        if (!first.equals(earliest)) {
            throw new IllegalArgumentException("a " + precision.name().toLowerCase(java.util.Locale.ROOT)
                    + "-precision date must start on " + first + ", not " + earliest);
        }
    }

    /**
     * Parses the four accepted forms.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is malformed or impossible
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "date text must not be null");
        try {
            Matcher m;
            if ((m = DAY.matcher(text)).matches()) {
                return new PartialDate(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DatePrecision.DAY);
            }
            if ((m = MONTH.matcher(text)).matches()) {
                return new PartialDate(YearMonth.of(num(m, 1), num(m, 2)).atDay(1), DatePrecision.MONTH);
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                return new PartialDate(LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1), DatePrecision.QUARTER);
            }
            if ((m = YEAR.matcher(text)).matches()) {
                return new PartialDate(LocalDate.of(num(m, 1), 1, 1), DatePrecision.YEAR);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date '" + text + "' (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("malformed date '" + text
                + "' (use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)");
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The last day this date may stand for. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> earliest;
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case QUARTER -> earliest.plusMonths(3).minusDays(1);
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
        };
    }

    public int year() {
        return earliest.getYear();
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliest.compareTo(other.earliest);
        return byStart != 0 ? byStart : latest().compareTo(other.latest());
    }

    /** The canonical text form, the same one {@link #parse} reads. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case QUARTER -> earliest.getYear() + "-Q" + ((earliest.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(earliest.getYear());
        };
    }
}
