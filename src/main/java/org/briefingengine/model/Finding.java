package org.briefingengine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One conclusion of a rule, with the facts that justify it. {@code id} is derived from the rule, the subject
 * and the evidence, so it is stable across runs on the same input. {@code salience} (0 to 100, one scale for every
 * category) orders findings of the same severity (higher first). {@code measures} holds the numbers behind the
 * sentence (a share, a ratio, a lift) so the statement need not quote statistics. {@code subjects} lists every
 * subject when several findings of one rule with the same evidence were grouped into one (else just
 * {@code subject}); {@code groupStatement} is the rule's sentence for such a group, with {@code {subjects}} and
 * {@code {count}} to fill in, or empty when the rule does not group.
 */
public record Finding(String id, String rule, Category category, Severity severity, double salience,
                      String statement, String subject, String period,
                      List<String> forums, List<String> actors, List<String> meetings, List<String> topics,
                      Map<String, Double> measures, List<String> subjects, String groupStatement) {

    public Finding {
        Objects.requireNonNull(id, "finding id must not be null");
        Objects.requireNonNull(rule, "finding rule must not be null");
        Objects.requireNonNull(category, "finding category must not be null");
        Objects.requireNonNull(severity, "finding severity must not be null");
        Objects.requireNonNull(statement, "finding statement must not be null");
        Objects.requireNonNull(period, "finding period must not be null");
        subject = subject == null ? "" : subject;
        forums = List.copyOf(forums);
        actors = List.copyOf(actors);
        meetings = List.copyOf(meetings);
        topics = List.copyOf(topics);
        measures = measures == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(measures));
        subjects = subjects == null || subjects.isEmpty() ? List.of(subject) : List.copyOf(subjects);
        groupStatement = groupStatement == null ? "" : groupStatement;
    }

    /** A finding with no measures that groups with no other. */
    public Finding(String id, String rule, Category category, Severity severity, double salience,
                   String statement, String subject, String period,
                   List<String> forums, List<String> actors, List<String> meetings, List<String> topics) {
        this(id, rule, category, severity, salience, statement, subject, period, forums, actors, meetings, topics,
                Map.of(), List.of(), "");
    }
}
