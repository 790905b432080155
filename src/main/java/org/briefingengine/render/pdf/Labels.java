package org.briefingengine.render.pdf;

import java.util.List;
import java.util.Locale;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Period;

/** Words a reader sees for ids and codes: names, topic labels, levels and modes. */
final class Labels {

    private final FactSet facts;

    Labels(FactSet facts) {
        this.facts = facts;
    }

    String name(String id) {
        return facts.nameOf(id);
    }

    String arabic(String id) {
        return facts.arabicNameOf(id);
    }

    String names(List<String> ids) {
        return String.join(", ", ids.stream().map(this::name).toList());
    }

    String topic(String id) {
        return facts.topic(id).map(t -> t.label()).orElse(id);
    }

    String topics(List<String> ids) {
        return String.join(", ", ids.stream().map(this::topic).toList());
    }

    String forum(String id) {
        return facts.forum(id).map(f -> f.names().en()).orElse(id);
    }

    String forumArabic(String id) {
        return facts.forum(id).map(f -> f.names().arOrEmpty()).orElse("");
    }

    /** The period as a title: its label, or "Whole record" for a report over all the data. */
    static String periodTitle(Period period) {
        return period.kind() == Period.Kind.ALL ? "Whole record" : period.label();
    }

    private static final java.time.format.DateTimeFormatter MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The period in words: "October to December 2021", "2021", "the whole record". */
    static String periodWords(Period period) {
        return switch (period.kind()) {
            case ALL -> "the whole record";
            case YEAR -> Integer.toString(period.start().getYear());
            case QUARTER -> MONTH.format(period.start()) + " to " + MONTH_YEAR.format(period.end());
            case RANGE -> MONTH_YEAR.format(period.start()) + " to " + MONTH_YEAR.format(period.end());
        };
    }

    static String monthYear(java.time.LocalDate day) {
        return MONTH_YEAR.format(day);
    }

    /** The days the period spans, with its label: "1 October to 31 December 2021 (2021-Q4)". */
    static String periodSpan(Period period) {
        return DAY.format(period.start()) + " to " + DAY.format(period.end()) + " (" + period.label() + ")";
    }

    /** "Paris, hybrid", "virtual", or the place alone for an in-person meeting. */
    static String where(Meeting m) {
        String mode = m.mode() == MeetingMode.IN_PERSON ? "" : humanise(m.mode().name());
        if (m.place().isBlank()) {
            return mode.isEmpty() ? "not recorded" : mode;
        }
        return mode.isEmpty() ? m.place() : m.place() + " (" + mode + ")";
    }

    static String level(Meeting m) {
        return m.levelIfKnown().map(l -> capitalise(humanise(l.name()))).orElse("not recorded");
    }

    /** "day", "year" …: how precisely the date is known. */
    static String precision(Meeting m) {
        return m.start().precision().name().toLowerCase(Locale.ROOT);
    }

    /** A rule name as words: {@code emerging-topic} → "Emerging topic", {@code recurring-co-chairs} → "Recurring co-chairs". */
    static String ruleTitle(String rule) {
        return org.briefingengine.engine.Phrasing.ruleLabel(rule);
    }

    /** Characters of a finding's statement the PDF prints; a longer one (a list of fifty forums) is cut short. */
    static final int MAX_STATEMENT = 320;

    /**
     * Characters a key judgement prints of its statement: page 1 gives a judgement room for its full sentence (two
     * forums with long names, named twice), and still cuts a list of fifty.
     */
    static final int MAX_JUDGEMENT = 480;

    /** The statement, or its first {@link #MAX_STATEMENT} characters to a word's end and a pointer to the rest. */
    static String statement(org.briefingengine.model.Finding finding) {
        return statement(finding, MAX_STATEMENT);
    }

    /** The statement, or its first {@code max} characters to a word's end and a pointer to the rest. */
    static String statement(org.briefingengine.model.Finding finding, int max) {
        String text = finding.statement();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max).replaceAll("[,;:]$", "")
                + " \u2026 (the workbook has the full statement)";
    }

    static String humanise(String code) {
        return code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? "none recorded" : text;
    }
}
