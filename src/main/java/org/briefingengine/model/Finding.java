package org.briefingengine.model;

import java.util.List;
import java.util.Objects;

/**
 * One conclusion of a rule, with the facts that justify it. {@code id} is derived from the rule, the subject
 * and the evidence, so it is stable across runs on the same input. {@code salience} orders findings of
 * the same severity (higher first).
 */
public record Finding(String id, String rule, Category category, Severity severity, double salience,
                      String statement, String subject, String period,
                      List<String> forums, List<String> actors, List<String> meetings, List<String> topics) {

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
    }
}
