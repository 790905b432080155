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
