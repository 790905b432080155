package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefingengine.model.Finding;

/** What changed between two runs' findings, by finding id: {@code - id statement} then {@code + id statement}. */
public record FindingsDiff(List<Finding> disappeared, List<Finding> appeared) {

    public static FindingsDiff between(List<Finding> before, List<Finding> after) {
        Map<String, Finding> old = byId(before);
        Map<String, Finding> now = byId(after);
        List<Finding> gone = old.values().stream().filter(f -> !now.containsKey(f.id())).toList();
        List<Finding> added = now.values().stream().filter(f -> !old.containsKey(f.id())).toList();
        return new FindingsDiff(gone, added);
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> map = new TreeMap<>();
        findings.forEach(f -> map.put(f.id(), f));
        return map;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        disappeared.forEach(f -> lines.add("- " + f.id() + " " + f.statement()));
        appeared.forEach(f -> lines.add("+ " + f.id() + " " + f.statement()));
        return lines;
    }

    /** {@code 2 appeared, 5 disappeared}, or {@code no change}. */
    public String summary() {
        return appeared.isEmpty() && disappeared.isEmpty() ? "no change"
                : appeared.size() + " appeared, " + disappeared.size() + " disappeared";
    }
}
