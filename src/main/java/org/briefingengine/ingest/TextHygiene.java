package org.briefingengine.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefingengine.model.PartialDate;

/**
 * Text from fact files, in one place: the documented id forms, bidirectional controls (which make a name ending in
 * U+202E "FDP.exe" show as "exe.PDF"), the range of plausible dates, duplicate list entries, and escaping control
 * characters before anything from a file reaches a terminal.
 */
public final class TextHygiene {

    /** Forums, persons, topics and meetings: lower-case letters and digits in hyphenated words. */
    static final Pattern LOWER_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /**
     * Actors: an ISO 3166-1 alpha-3 code or an established acronym, upper case; an actor without one (a draft from
     * {@code extract}, say) may use the lower-case form.
     */
    static final Pattern ACTOR_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 80;
    /** Dates outside these years are typing mistakes (0000-01-01 would fall out of every quarter). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private TextHygiene() {
    }

    /** Why {@code id} is not a valid id of this kind ("forum", "actor", …), or empty. */
    static Optional<String> idProblem(String kind, String id) {
        boolean actor = kind.equals("actor");
        if (id.length() <= MAX_ID_LENGTH && (actor ? ACTOR_ID : LOWER_ID).matcher(id).matches()) {
            return Optional.empty();
        }
        String form = actor ? "an ISO 3166-1 alpha-3 code such as 'FRA', an acronym such as 'EU', or lower-case "
                + "letters, digits and hyphens" : "lower-case letters, digits and hyphens, such as 'paris-peace-forum'";
        return Optional.of("'" + forTerminal(id) + "' is not a valid " + kind + " id: use " + form + " (at most "
                + MAX_ID_LENGTH + " characters)");
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text without bidirectional controls; the same string when it has none. */
    static String withoutBidiControls(String text) {
        if (text.codePoints().noneMatch(TextHygiene::isBidiControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !isBidiControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    static String bidiWarning(String field, String text) {
        String controls = text.codePoints().filter(TextHygiene::isBidiControl).distinct()
                .mapToObj(c -> String.format("U+%04X", c)).reduce((a, b) -> a + ", " + b).orElse("");
        return "'" + field + "' holds the direction control " + controls + ", which can make text display in a "
                + "misleading order; it was removed from the outputs: delete it from the file";
    }

    /** Why the date lies outside the plausible years, or empty. */
    static Optional<String> dateProblem(PartialDate date) {
        int year = date.earliest().getYear();
        return year >= FIRST_YEAR && year <= LAST_YEAR ? Optional.empty()
                : Optional.of("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR
                        + ": check the date");
    }

    /** The first entry listed more than once, with how often, or empty. */
    static Optional<String> duplicateProblem(String field, List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (String value : values) {
            if (counts.merge(value, 1, Integer::sum) == 2 && first == null) {
                first = value;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        long repeated = counts.values().stream().filter(n -> n > 1).count();
        return Optional.of("'" + forTerminal(first) + "' is listed " + counts.get(first) + " times in '" + field + "'"
                + (repeated > 1 ? " (and " + (repeated - 1) + " other entries more than once)" : "")
                + ": list each entry once");
    }

    /**
     * The text safe to print on a terminal: control characters (C0, DEL, C1) and bidirectional controls are written
     * as {@code \\u001b}, so a value from a file cannot move the cursor, recolour, retitle or reorder the output.
     */
    public static String forTerminal(String text) {
        if (text.chars().noneMatch(TextHygiene::unsafeOnTerminal)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(unsafeOnTerminal(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static boolean unsafeOnTerminal(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
    }
}
