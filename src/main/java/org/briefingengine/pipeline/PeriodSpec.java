package org.briefingengine.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Period;

/**
 * Resolves what the user typed after {@code --period}: {@code 2021-Q4}, {@code 2021}, {@code 2019-Q1..2021-Q4},
 * {@code previous-quarter} (relative to the clock), {@code latest} (the latest quarter with a meeting dated
 * precisely enough to place in it) or {@code all}.
 */
public final class PeriodSpec {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private PeriodSpec() {
    }

    /** @throws IllegalArgumentException with a message for the user when the text is not a period */
    public static Period resolve(String text, Clock clock, FactSet facts) {
        String spec = text.strip();
        switch (spec) {
            case "previous-quarter":
                return Period.quarterOf(LocalDate.now(clock)).previous();
            case "latest":
                return latest(facts, clock);
            case "all":
                return all(facts, clock);
            default:
                break;
        }
        if (spec.contains("..")) {
            String[] ends = spec.split("\\.\\.", -1);
            if (ends.length == 2) {
                return Period.range(quarter(ends[0], text), quarter(ends[1], text));
            }
        }
        if (YEAR.matcher(spec).matches()) {
            return Period.year(Integer.parseInt(spec));
        }
        return quarter(spec, text);
    }

    private static Period quarter(String part, String whole) {
        Matcher m = QUARTER.matcher(part);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid period '" + whole + "': use 2021-Q4, 2021, 2019-Q1..2021-Q4, "
                    + "previous-quarter, latest or all");
        }
        return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static Period latest(FactSet facts, Clock clock) {
        return facts.meetings().stream()
                .filter(m -> Period.quarterOf(m.start().earliest()).contains(m.start()))
                .map(m -> Period.quarterOf(m.start().earliest()))
                .max(Comparator.comparing(Period::start))
                .orElseGet(() -> Period.quarterOf(LocalDate.now(clock)).previous());
    }

    private static Period all(FactSet facts, Clock clock) {
        LocalDate start = facts.meetings().stream().map(m -> m.start().earliest()).min(LocalDate::compareTo)
                .orElse(LocalDate.now(clock));
        LocalDate end = facts.meetings().stream().map(m -> m.start().latest())
                .max(LocalDate::compareTo).orElse(start);
        return Period.all(Period.quarterOf(start).start(), Period.quarterOf(end).end());
    }
}
