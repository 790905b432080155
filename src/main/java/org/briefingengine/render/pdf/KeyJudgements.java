package org.briefingengine.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;

/**
 * The front page's judgements: the executive summary's findings (analysis picks them, ranked and diverse) that say
 * something about the world rather than about the data, one per subject, each in the words of its leading finding
 * and of one more finding about the same subject when the summary has one.
 */
final class KeyJudgements {

    /** One judgement: its prose, the meetings behind it, its subject, and the ids of the findings it states. */
    record Judgement(String text, List<String> meetings, String subject, List<String> findings) {
    }

    private KeyJudgements() {
    }

    static List<Judgement> of(BriefingReport report) {
        List<Finding> candidates = report.summary().stream().filter(KeyJudgements::judges).toList();
        // A low-severity finding ("first time in this record") leads page 1 only when the period has nothing weightier.
        boolean weightier = candidates.stream().anyMatch(f -> f.severity().compareTo(Severity.LOW) < 0);
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        candidates.stream().filter(f -> !weightier || f.severity() != Severity.LOW).forEach(f ->
                bySubject.computeIfAbsent(f.subject().isBlank() ? f.id() : f.subject(), s -> new ArrayList<>()).add(f));
        List<Judgement> judgements = new ArrayList<>();
        for (List<Finding> group : bySubject.values()) {
            if (judgements.size() == report.options().keyJudgements()) {
                break;
            }
            judgements.add(judgement(group));
        }
        return judgements;
    }

    /** Findings about the data (quality) and bare counts (info) inform the analyst, not the reader of page 1. */
    private static boolean judges(Finding f) {
        return f.category() != Category.QUALITY && f.severity() != Severity.INFO;
    }

    private static Judgement judgement(List<Finding> group) {
        Finding lead = group.get(0);
        String text = Labels.statement(lead);
        Set<String> meetings = new LinkedHashSet<>(lead.meetings());
        List<String> stated = new ArrayList<>(List.of(lead.id()));
        for (Finding other : group.subList(1, group.size())) {
            if (!other.rule().equals(lead.rule())) {
                text = text + " " + Labels.statement(other);
                meetings.addAll(other.meetings());
                stated.add(other.id());
                break;
            }
        }
        return new Judgement(text, List.copyOf(meetings), lead.subject(), stated);
    }
}
