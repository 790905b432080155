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

    /**
     * One judgement: its prose, the meetings behind it, its subject, the ids of the findings it states in full (its
     * leading finding first) and of the similar findings it only names.
     */
    record Judgement(String text, List<String> meetings, String subject, List<String> findings, List<String> similar) {

        String lead() {
            return findings.get(0);
        }

        /** Every finding it states or names. */
        Stream<String> covered() {
            return Stream.concat(findings.stream(), similar.stream());
        }
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
                    .filter(f -> !stated.contains(f.id()) && !f.subject().isBlank()).toList();
            Judgement judgement = judgement(group, similar, report.facts());
            judgement.covered().forEach(stated::add);
            judgements.add(judgement);
        }
        return judgements;
    }

    /** Findings about the data (quality) and bare counts (info) inform the analyst, not the reader of page 1. */
    private static boolean judges(Finding f) {
        return f.category() != Category.QUALITY && f.severity() != Severity.INFO;
    }

    /** {@code similar}: the lead's rule's other findings; named only when they make three subjects with the lead. */
    private static Judgement judgement(List<Finding> group, List<Finding> similar, FactSet facts) {
        Finding lead = group.get(0);
        String text = Labels.statement(lead, Labels.MAX_JUDGEMENT);
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
        List<String> leadSubjects = subjectNames(lead, facts);
        Map<String, List<String>> othersOf = new LinkedHashMap<>();
        similar.forEach(f -> othersOf.put(f.id(), subjectNames(f, facts).stream()
                .filter(name -> !leadSubjects.contains(name)).toList()));
        List<String> others = othersOf.values().stream().flatMap(List::stream).distinct().toList();
        if (others.size() < 2) {
            return new Judgement(text, List.copyOf(meetings), lead.subject(), stated, List.of());
        }
        List<String> named = othersOf.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        return new Judgement(text + " " + similarFindings(others), List.copyOf(meetings), lead.subject(), stated,
                named);
    }

    /** "Similar findings for Croatia, Kyrgyzstan, Moldova and 34 more (the workbook lists them all)." */
    private static String similarFindings(List<String> subjects) {
        List<String> names = new ArrayList<>(subjects.subList(0, Math.min(NAMED_SIMILAR, subjects.size())));
        int more = subjects.size() - names.size();
        if (more > 0) {
            names.add(Phrasing.number(more) + " more");
        }
        return "Similar findings for " + Phrasing.list(names) + (more > 0 ? " (the workbook lists them all)." : ".");
    }

    /**
     * A finding's subjects in words, a grouped finding's one by one: "Croatia"; "climate" and "health"; "the European
     * Union and the United Nations" for a pair.
     */
    private static List<String> subjectNames(Finding f, FactSet facts) {
        if (f.subjects().size() > 1) {
            return f.subjects().stream().map(id -> Phrasing.nameIn(facts, id)).toList();
        }
        return List.of(Phrasing.list(Stream.of(f.subject().split("[+~]")).map(id -> Phrasing.nameIn(facts, id))
                .toList()));
    }
}
