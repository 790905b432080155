package org.briefingengine.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.engine.RuleInfo;
import org.briefingengine.model.DatePrecision;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Period;
import org.briefingengine.model.Suggestions;

/**
 * Where a subject shows up in the facts, for a rule that no threshold explains: the meetings in the period, those
 * dated too coarsely to place in it, and those before and after it. A pair subject ({@code a+b}, {@code a~b}) needs
 * every part at the same meeting. A meeting mentions an id as its id, its forum, one of its actors or people, or one
 * of its topics (a family id also matches its children).
 */
final class NearMissTrail {

    private final FactSet facts;
    private final Period period;

    NearMissTrail(FactSet facts, Period period) {
        this.facts = facts;
        this.period = period;
    }

    String describe(String subject, RuleInfo rule) {
        List<String> parts = List.of(subject.split("[+~]"));
        List<Meeting> mentions = facts.meetings().stream().filter(m -> parts.stream().allMatch(p -> mentions(m, p)))
                .toList();
        if (mentions.isEmpty()) {
            return "no facts mention '" + subject + "'" + Suggestions.didYouMean(subject, knownIds())
                    + "; check the subject (a topic, actor, forum or meeting id)";
        }
        List<Meeting> inPeriod = mentions.stream().filter(m -> period.contains(m.start())).toList();
        List<String> clauses = new ArrayList<>();
        if (inPeriod.isEmpty()) {
            clauses.add("no matching facts in the period for " + subject);
        } else {
            clauses.add(subject + " is in the period (" + NearMissMeasure.count(inPeriod.size(), "meeting") + ": "
                    + String.join(", ", inPeriod.stream().map(Meeting::id).toList()) + ") but no single threshold "
                    + "decides it; another condition of the rule is not met"
                    + (rule.description().isEmpty() ? "" : " (" + stripDot(rule.description()) + ")"));
        }
        String before = grouped(mentions.stream().filter(m -> m.start().latest().isBefore(period.start())).toList());
        if (!before.isEmpty()) {
            clauses.add("it appears in earlier periods: " + before);
        }
        List<Meeting> coarse = mentions.stream().filter(m -> period.straddles(m.start())).toList();
        if (!coarse.isEmpty()) {
            clauses.add("dated too coarsely to place in " + period.label() + ": " + String.join(", ",
                    coarse.stream().map(m -> m.id() + " (" + m.start() + ")").toList()));
        }
        String after = grouped(mentions.stream().filter(m -> m.start().earliest().isAfter(period.end())).toList());
        if (!after.isEmpty()) {
            clauses.add("later: " + after);
        }
        return String.join("; ", clauses);
    }

    private boolean mentions(Meeting m, String id) {
        return m.id().equals(id) || m.forum().equals(id) || m.participants().contains(id)
                || m.coChairs().contains(id) || m.hosts().contains(id) || m.people().contains(id)
                || m.topics().stream().anyMatch(t -> t.equals(id)
                        || facts.topic(t).flatMap(topic -> topic.parentId()).filter(id::equals).isPresent());
    }

    /** "2019-Q3 (a, b), 2021 (c)": meetings by the quarter they fall in, or the year when that is all that is known. */
    private static String grouped(List<Meeting> meetings) {
        Map<String, List<String>> byWindow = new LinkedHashMap<>();
        for (Meeting m : meetings) {
            String window = m.start().precision() == DatePrecision.YEAR ? Integer.toString(m.start().year())
                    : Period.quarterOf(m.start().earliest()).label();
            byWindow.computeIfAbsent(window, w -> new ArrayList<>()).add(m.id());
        }
        List<String> parts = new ArrayList<>();
        byWindow.forEach((window, ids) -> parts.add(window + " (" + String.join(", ", ids) + ")"));
        return String.join(", ", parts);
    }

    private Set<String> knownIds() {
        Set<String> ids = new TreeSet<>();
        facts.topics().forEach(t -> ids.add(t.id()));
        facts.actors().forEach(a -> ids.add(a.id()));
        facts.forums().forEach(f -> ids.add(f.id()));
        facts.meetings().forEach(m -> ids.add(m.id()));
        return ids;
    }

    private static String stripDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
