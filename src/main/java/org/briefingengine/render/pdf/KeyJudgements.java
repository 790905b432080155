package org.briefingengine.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.engine.Phrasing;
import org.briefingengine.model.Category;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;

/**
 * The front page's judgements: the executive summary's findings (analysis picks them, ranked and diverse) that say
 * something about the world rather than about the data, one per subject, each in the words of its leading finding
 * and of one more finding about the same subject when the summary has one. A rule that found the same for three
 * subjects or more is stated once, in its leading finding, which names the others: a pattern is one judgement, not
 * a page of them.
 */
final class KeyJudgements {

    /** How many subjects of the similar findings a judgement names; the rest it counts. */
    static final int NAMED_SIMILAR = 3;

    /** One judgement: its prose, the meetings behind it, its subject, and the ids of the findings it states. */
    record Judgement(String text, List<String> meetings, String subject, List<String> findings) {
    }

    private KeyJudgements() {
    }

    static List<Judgement> of(BriefingReport report) {
        // A low-severity finding ("first time in this record") leads page 1 only when the period has nothing weightier.
        boolean weightier = report.summary().stream().filter(KeyJudgements::judges)
                .anyMatch(f -> f.severity().compareTo(Severity.LOW) < 0);
        Predicate<Finding> eligible = f -> judges(f) && (!weightier || f.severity() != Severity.LOW);
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        report.summary().stream().filter(eligible).forEach(f ->
                bySubject.computeIfAbsent(f.subject().isBlank() ? f.id() : f.subject(), s -> new ArrayList<>()).add(f));
        Map<String, List<Finding>> byRule = report.findings().stream().filter(eligible)
                .collect(Collectors.groupingBy(Finding::rule, LinkedHashMap::new, Collectors.toList()));
        List<Judgement> judgements = new ArrayList<>();
        Set<String> stated = new HashSet<>();
        for (List<Finding> group : bySubject.values()) {
            if (judgements.size() == report.options().keyJudgements()) {
                break;
            }
            Finding lead = group.get(0);
            if (stated.contains(lead.id())) {
                continue;
            }
            List<Finding> similar = byRule.get(lead.rule()).stream()
                    .filter(f -> !stated.contains(f.id()) && !f.subject().isBlank()
                            && !f.subject().equals(lead.subject()))
                    .toList();
            Judgement judgement = judgement(group, similar.size() >= 2 ? similar : List.of(), report.facts());
            stated.addAll(judgement.findings());
            judgements.add(judgement);
        }
        return judgements;
    }

    /** Findings about the data (quality) and bare counts (info) inform the analyst, not the reader of page 1. */
    private static boolean judges(Finding f) {
        return f.category() != Category.QUALITY && f.severity() != Severity.INFO;
    }

    private static Judgement judgement(List<Finding> group, List<Finding> similar, FactSet facts) {
        Finding lead = group.get(0);
        String text = Labels.statement(lead, Labels.MAX_JUDGEMENT);
        Set<String> meetings = new LinkedHashSet<>(lead.meetings());
        List<String> stated = new ArrayList<>(List.of(lead.id()));
        for (Finding other : group.subList(1, group.size())) {
            if (!other.rule().equals(lead.rule())) {
                text = text + " " + Labels.statement(other, Labels.MAX_JUDGEMENT);
                meetings.addAll(other.meetings());
                stated.add(other.id());
                break;
            }
        }
        if (!similar.isEmpty()) {
            text = text + " " + similarFindings(similar, facts);
            similar.forEach(f -> stated.add(f.id()));
        }
        return new Judgement(text, List.copyOf(meetings), lead.subject(), stated);
    }

    /**
     * "Similar findings for Croatia, Kyrgyzstan, Moldova and 34 more (the workbook lists them all)." Named by
     * subject: a grouped finding's subjects one by one, a pair's two actors together.
     */
    private static String similarFindings(List<Finding> similar, FactSet facts) {
        List<String> subjects = similar.stream().flatMap(f -> subjectNames(f, facts).stream()).distinct().toList();
        List<String> names = new ArrayList<>(subjects.subList(0, Math.min(NAMED_SIMILAR, subjects.size())));
        int more = subjects.size() - names.size();
        if (more > 0) {
            names.add(Phrasing.number(more) + " more");
        }
        return "Similar findings for " + Phrasing.list(names) + (more > 0 ? " (the workbook lists them all)." : ".");
    }

    /** "Croatia"; "climate" and "health" for a group of two; "the European Union and the United Nations" for a pair. */
    private static List<String> subjectNames(Finding f, FactSet facts) {
        if (f.subjects().size() > 1) {
            return f.subjects().stream().map(id -> Phrasing.nameIn(facts, id)).toList();
        }
        return List.of(Phrasing.list(Stream.of(f.subject().split("[+~]")).map(id -> Phrasing.nameIn(facts, id))
                .toList()));
    }
}
