package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingengine.model.Finding;

/**
 * What changed between two sets of findings (two periods, or one period under two rule sets: a restatement).
 * Findings are matched by their stable key, the rule and the subject, not by their id: the id hashes the
 * evidence, so a finding whose evidence changed would otherwise look like one that ended and one that began.
 *
 * @param before  label of the earlier set (its period, or a file name)
 * @param after   label of the later set
 */
public record FindingChanges(String before, String after, List<Finding> added, List<Finding> removed,
                             List<Change> changed) {

    /** One finding found in both sets, and what differs: severity, evidence (meetings) or statement. */
    public record Change(Finding before, Finding after, List<String> differences) {
        public Change {
            differences = List.copyOf(differences);
        }
    }

    public FindingChanges {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * Compares two sets. {@code samePeriod} says whether statements are comparable: across periods every statement
     * names its own period, so only severity and evidence count as a change.
     */
    public static FindingChanges between(String beforeLabel, List<Finding> before, String afterLabel,
                                         List<Finding> after, boolean samePeriod) {
        Map<String, Finding> old = byKey(before);
        Map<String, Finding> now = byKey(after);
        List<Finding> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        now.forEach((key, finding) -> {
            Finding was = old.get(key);
            if (was == null) {
                added.add(finding);
            } else {
                List<String> differences = differences(was, finding, samePeriod);
                if (!differences.isEmpty()) {
                    changed.add(new Change(was, finding, differences));
                }
            }
        });
        List<Finding> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new FindingChanges(beforeLabel, afterLabel, added, removed, changed);
    }

    /** Whether the finding with this id (one of the later set) is new. */
    public boolean isAdded(String findingId) {
        return added.stream().anyMatch(f -> f.id().equals(findingId));
    }

    /** Whether the finding with this id (one of the later set) changed. */
    public boolean isChanged(String findingId) {
        return changed.stream().anyMatch(c -> c.after().id().equals(findingId));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** "2 new, 1 ended, 3 changed", or "no change". */
    public String summary() {
        return isEmpty() ? "no change" : added.size() + " new, " + removed.size() + " ended, " + changed.size()
                + " changed";
    }

    /**
     * The key a finding keeps across runs: its rule and subject, plus its forums where one rule states the same
     * subject once per forum (a topic persistent in two forums).
     */
    public static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Integer> perSubject = new LinkedHashMap<>();
        findings.forEach(f -> perSubject.merge(f.rule() + "|" + f.subject(), 1, Integer::sum));
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.rule() + "|" + f.subject();
            byKey.putIfAbsent(perSubject.get(key) > 1 ? key + "|" + String.join(",", f.forums()) : key, f);
        }
        return byKey;
    }

    private static List<String> differences(Finding was, Finding now, boolean samePeriod) {
        List<String> differences = new ArrayList<>();
        if (was.severity() != now.severity()) {
            differences.add("severity " + was.severity().code() + " → " + now.severity().code());
        }
        List<String> gained = now.meetings().stream().filter(m -> !was.meetings().contains(m)).toList();
        List<String> lost = was.meetings().stream().filter(m -> !now.meetings().contains(m)).toList();
        if (!gained.isEmpty() || !lost.isEmpty()) {
            differences.add("evidence " + was.meetings().size() + " → " + now.meetings().size() + " meeting"
                    + (now.meetings().size() == 1 ? "" : "s"));
        }
        if (samePeriod && !was.statement().equals(now.statement())) {
            differences.add("statement");
        }
        return differences;
    }
}
