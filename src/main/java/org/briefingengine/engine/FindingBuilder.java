package org.briefingengine.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.analysis.Sha256;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Used from rule consequences to state a finding:
 * {@code out.finding(kcontext).about($topic).forums($forums).meetings($meetings).says("…").insert();}.
 * Rule name, category and severity come from the rule itself ({@code @category}, {@code @severity}); the finding is
 * inserted logically, so it disappears if the facts that justified it change.
 */
public final class FindingBuilder {

    private final RuleContext context;
    private final String period;
    private String subject = "";
    private String statement;
    private double salience;
    private Severity severity;
    private final Set<String> forums = new TreeSet<>();
    private final Set<String> actors = new TreeSet<>();
    private final Set<String> meetings = new TreeSet<>();
    private final Set<String> topics = new TreeSet<>();

    FindingBuilder(RuleContext context, String period) {
        this.context = context;
        this.period = period;
    }

    public FindingBuilder about(Object subject) {
        this.subject = String.valueOf(subject);
        return this;
    }

    public FindingBuilder says(String statement) {
        this.statement = statement;
        return this;
    }

    public FindingBuilder salience(Number salience) {
        this.salience = salience.doubleValue();
        return this;
    }

    /** Overrides the rule's {@code @severity} for this finding. */
    public FindingBuilder severity(String severity) {
        this.severity = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
        return this;
    }

    /** Adds forums to the evidence; several collections merge: {@code .forums($forumsNow, $forumsBefore)}. */
    public FindingBuilder forums(Collection<?>... ids) {
        add(this.forums, ids);
        return this;
    }

    public FindingBuilder actors(Collection<?>... ids) {
        add(this.actors, ids);
        return this;
    }

    /** Adds meetings to the evidence; several collections merge: {@code .meetings($now, $before)}. */
    public FindingBuilder meetings(Collection<?>... ids) {
        add(this.meetings, ids);
        return this;
    }

    public FindingBuilder topics(Collection<?>... ids) {
        add(this.topics, ids);
        return this;
    }

    /** Adds one forum to the evidence: {@code .forum($a).forum($b)}. */
    public FindingBuilder forum(Object id) {
        return forums(List.of(id));
    }

    public FindingBuilder meeting(Object id) {
        return meetings(List.of(id));
    }

    public FindingBuilder actor(Object id) {
        return actors(List.of(id));
    }

    public FindingBuilder topic(Object id) {
        return topics(List.of(id));
    }

    public void insert() {
        if (statement == null || statement.isBlank()) {
            throw new IllegalStateException("finding has no statement: call says(\"…\") before insert()");
        }
        String rule = context.getRule().getName();
        Map<String, Object> meta = context.getRule().getMetaData();
        Category category = Category.valueOf(meta(meta, "category", "quality"));
        Severity effective = severity != null ? severity : Severity.valueOf(meta(meta, "severity", "info"));
        context.insertLogical(new Finding(idFor(rule), rule, category, effective, salience, statement, subject,
                period, List.copyOf(forums), List.copyOf(actors), List.copyOf(meetings), List.copyOf(topics)));
    }

    private static String meta(Map<String, Object> meta, String key, String fallback) {
        Object value = meta.get(key);
        String text = value == null ? fallback : value.toString().replace("\"", "");
        return text.toUpperCase(Locale.ROOT);
    }

    /** Stable across runs: the same rule, period, subject and evidence give the same id. */
    private String idFor(String rule) {
        String key = String.join("|", rule, period, subject, String.join(",", meetings), String.join(",", forums),
                String.join(",", actors), String.join(",", topics));
        return rule + "-" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    private static void add(Set<String> evidence, Collection<?>... collections) {
        Arrays.stream(collections).flatMap(Collection::stream).map(String::valueOf).forEach(evidence::add);
    }
}
