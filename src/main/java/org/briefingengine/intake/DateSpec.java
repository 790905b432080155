package org.briefingengine.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingengine.model.PartialDate;

/**
 * How a date column is written: {@code iso} ({@code 2021-10-13}, {@code 2021-10}, {@code 2021-Q4}, {@code 2021}),
 * {@code epoch-millis} (milliseconds since 1970 read in {@code zone}), or {@code d/m/y} ({@code 13/10/2021}, also
 * with dots or hyphens).
 */
record DateSpec(String column, String format, ZoneId zone, String pointer) {

    static final java.util.List<String> FORMATS = java.util.List.of("iso", "epoch-millis", "d/m/y");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /** @throws IllegalArgumentException with a message for the user when the text is not such a date */
    PartialDate parse(String text) {
        String value = text.strip();
        return switch (format) {
            case "epoch-millis" -> {
                try {
                    long millis = Long.parseLong(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
                    yield PartialDate.ofDay(LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number of milliseconds since 1970");
                }
            }
            case "d/m/y" -> {
                Matcher m = DAY_MONTH_YEAR.matcher(value);
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a day/month/year date such as 13/10/2021");
                }
                try {
                    yield PartialDate.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1))));
                } catch (java.time.DateTimeException e) {
                    throw new IllegalArgumentException("impossible date '" + text + "' (" + e.getMessage() + ")");
                }
            }
            default -> PartialDate.parse(value);
        };
    }
}
