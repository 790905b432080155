package org.briefingengine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a scenario's {@code expect} or {@code expectNot}: a finding of {@code rule} about {@code subject}.
 * {@code forums}, {@code meetings} and {@code severity} are null when the scenario does not constrain them, and
 * {@code subject} is null in an {@code expectNot} that forbids the rule for every subject. {@code pointer} is where
 * the entry sits in the scenario file, so a problem with it can be placed.
 */
public record Expectation(String rule, String subject, List<String> forums, List<String> meetings, String severity,
                          String pointer) {

    public Expectation {
        Objects.requireNonNull(rule, "expectation rule must not be null");
        forums = forums == null ? null : forums.stream().distinct().sorted().toList();
        meetings = meetings == null ? null : meetings.stream().distinct().sorted().toList();
    }

    /** {@code topic-overlap/digital-governance}, or just the rule when any subject is meant. */
    public String label() {
        return subject == null ? rule : rule + "/" + subject;
    }

    /** The constraints as written: {@code [forums a, b] [severity high]}; empty when there are none. */
    public String constraints() {
        List<String> parts = new ArrayList<>();
        if (forums != null) {
            parts.add("[forums " + String.join(", ", forums) + "]");
        }
        if (meetings != null) {
            parts.add("[meetings " + String.join(", ", meetings) + "]");
        }
        if (severity != null) {
            parts.add("[severity " + severity + "]");
        }
        return String.join(" ", parts);
    }
}
