package org.briefingengine.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Period;

/**
 * What the user typed after {@code --period}, parsed once: {@code 2021-Q4}, {@code 2021}, {@code 2019-Q1..2021-Q4},
 * or one resolved later against the clock or the facts: {@code previous-quarter}, {@code latest} (the latest quarter
 * with a meeting dated precisely enough to place in it) or {@code all}.
 */
public final class PeriodSpec {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String PREVIOUS_QUARTER = "previous-quarter";
    private static final String LATEST = "latest";
    private static final String ALL = "all";

    private final String text;
    /** The period itself when the text names one; null for the three that depend on the clock or the facts. */
    private final Period fixed;

    private PeriodSpec(String text, Period fixed) {
        this.text = text;
        this.fixed = fixed;
    }

    /** @throws IllegalArgumentException with a message for the user when the text is not a period */
    public static PeriodSpec parse(String text) {
        String spec = text.strip();
        if (spec.equals(PREVIOUS_QUARTER) || spec.equals(LATEST) || spec.equals(ALL)) {
            return new PeriodSpec(spec, null);
        }
        if (spec.contains("..")) {
            String[] ends = spec.split("\\.\\.", -1);
            if (ends.length == 2) {
                return new PeriodSpec(spec, Period.range(quarter(ends[0], text), quarter(ends[1], text)));
            }
        }
        if (YEAR.matcher(spec).matches()) {
            return new PeriodSpec(spec, Period.year(Integer.parseInt(spec)));
        }
        return new PeriodSpec(spec, quarter(spec, text));
    }

    /** The period meant: relative ones against the clock ({@code previous-quarter}) or the facts. */
    public Period resolve(Clock clock, FactSet facts) {
        if (fixed != null) {
            return fixed;
        }
        return switch (text) {
            case PREVIOUS_QUARTER -> Period.quarterOf(LocalDate.now(clock)).previous();
            case LATEST -> latest(facts, clock);
            default -> all(facts, clock);
        };
    }

    /** The text as given (stripped), e.g. for messages. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
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
