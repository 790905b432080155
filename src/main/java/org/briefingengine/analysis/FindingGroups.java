package org.briefingengine.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefingengine.engine.Phrasing;
import org.briefingengine.model.Category;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Sha256;

/**
 * Groups, does not repeat: findings of one rule that rest on exactly the same evidence (meetings, forums, actors)
 * become one finding listing its subjects, in the sentence the rule gave for a group
 * ({@code "The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared five themes …: civic space; climate; …"}).
 * Rules that give no group sentence are left as they are. Then overlap findings resting on the same evidence
 * (period, forums, meetings, topics, actors) state it once: the most salient stays, with the others' measures
 * ({@code "similar-forums"}' Jaccard index folded into {@code "topic-overlap"}). Trends on the same evidence are
 * kept: a topic new to the record and the same topic persistent in its forum are two claims.
 */
public final class FindingGroups {

    private FindingGroups() {
    }

    public static List<Finding> group(List<Finding> findings, FactSet facts) {
        Map<String, List<Finding>> byEvidence = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.groupStatement().isEmpty()) {
                out.add(f);
            } else {
                byEvidence.computeIfAbsent(evidenceKey(f), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Finding> same : byEvidence.values()) {
            out.add(same.size() == 1 ? same.get(0) : merged(same, facts));
        }
        return statedOnce(out);
    }

    private static List<Finding> statedOnce(List<Finding> findings) {
        Map<String, Finding> byEvidence = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.category() == Category.OVERLAP ? sameClaimKey(f) : f.id();
            byEvidence.merge(key, f, FindingGroups::keepMoreSalient);
        }
        return List.copyOf(byEvidence.values());
    }

    private static String sameClaimKey(Finding f) {
        return String.join("|", f.period(), String.join(",", new TreeSet<>(f.forums())),
                String.join(",", new TreeSet<>(f.meetings())), String.join(",", new TreeSet<>(f.topics())),
                String.join(",", new TreeSet<>(f.actors())));
    }

    private static Finding keepMoreSalient(Finding a, Finding b) {
        Finding kept = a.salience() >= b.salience() ? a : b;
        Map<String, Double> measures = new TreeMap<>(a == kept ? b.measures() : a.measures());
        measures.putAll(kept.measures());
        return new Finding(kept.id(), kept.rule(), kept.category(), kept.severity(), kept.salience(),
                kept.statement(), kept.subject(), kept.period(), kept.forums(), kept.actors(), kept.meetings(),
                kept.topics(), Map.copyOf(measures), kept.subjects(), kept.groupStatement());
    }

    /** The evidence apart from the subject itself (an actor finding names its actor among the actors). */
    private static String evidenceKey(Finding f) {
        return String.join("|", f.rule(), f.period(), f.groupStatement(), String.join(",", f.meetings()),
                String.join(",", f.forums()),
                String.join(",", f.actors().stream().filter(a -> !a.equals(f.subject())).toList()));
    }

    private static Finding merged(List<Finding> same, FactSet facts) {
        List<Finding> members = same.stream().sorted(Comparator.comparing(Finding::subject)).toList();
        Finding first = members.get(0);
        List<String> subjects = members.stream().map(Finding::subject).toList();
        TreeSet<String> topics = new TreeSet<>();
        TreeSet<String> actors = new TreeSet<>();
        members.forEach(m -> {
            topics.addAll(m.topics());
            actors.addAll(m.actors());
        });
        String names = Phrasing.list(subjects.stream().map(id -> Phrasing.nameIn(facts, id)).toList());
        String statement = Phrasing.capitalised(first.groupStatement().replace("{subjects}", names)
                .replace("{count}", Phrasing.number(subjects.size())));
        String subject = String.join(",", subjects);
        String key = String.join("|", first.rule(), first.period(), subject, String.join(",", first.meetings()),
                String.join(",", first.forums()), String.join(",", actors), String.join(",", topics));
        String id = first.rule() + "-" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        double salience = members.stream().mapToDouble(Finding::salience).max().orElse(0);
        var severity = members.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        return new Finding(id, first.rule(), first.category(), severity, salience, statement, subject, first.period(),
                first.forums(), List.copyOf(actors), first.meetings(), List.copyOf(topics), Map.of(), subjects,
                first.groupStatement());
    }
}
