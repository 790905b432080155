package org.briefingengine.explain;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Period;

/**
 * What a relaxed finding's evidence achieved, in the unit its threshold counts: forums for {@code …Forums},
 * meetings for {@code …Meetings} and {@code …Editions}, periods for {@code …Periods}; otherwise the evidence count.
 */
final class NearMissMeasure {

    private static final int MAX_LISTED = 5;

    private NearMissMeasure() {
    }

    static String describe(String parameter, Finding finding, String subject, Period period, FactSet facts) {
        String unit = parameter.substring(parameter.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String verb = facts.topic(subject).isPresent() ? "raised " : facts.actor(subject).isPresent() ? "present "
                : "";
        if (unit.endsWith("forums")) {
            return verb + "in " + count(finding.forums().size(), "forum") + " (" + names(finding.forums(), facts) + ")";
        }
        if (unit.endsWith("meetings") || unit.endsWith("editions")) {
            return verb + "at " + count(finding.meetings().size(), "meeting") + " (" + list(finding.meetings()) + ")";
        }
        if (unit.endsWith("periods")) {
            List<String> periods = periodsOf(finding.meetings(), period, facts);
            return verb + "in " + count(periods.size(), "period") + " (" + String.join(", ", periods) + ")";
        }
        return "evidence of " + count(finding.meetings().size(), "meeting") + " (" + list(finding.meetings()) + ")";
    }

    /** The windows (the period, the one before, …) the evidence meetings fall in, latest first. */
    private static List<String> periodsOf(List<String> meetingIds, Period period, FactSet facts) {
        TreeMap<java.time.LocalDate, String> windows = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Meeting m : facts.meetings()) {
            if (!meetingIds.contains(m.id())) {
                continue;
            }
            Period window = period;
            for (int lag = 0; lag < 400 && !window.end().isBefore(m.start().earliest()); lag++) {
                if (window.contains(m.start())) {
                    windows.put(window.start(), window.label());
                    break;
                }
                window = window.previous();
            }
        }
        return List.copyOf(windows.values());
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String names(List<String> ids, FactSet facts) {
        return String.join(", ", ids.stream().map(facts::nameOf).toList());
    }

    private static String list(List<String> ids) {
        return ids.size() <= MAX_LISTED ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, MAX_LISTED)) + " and " + (ids.size() - MAX_LISTED) + " more";
    }
}
