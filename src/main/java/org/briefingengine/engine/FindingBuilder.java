package org.briefingengine.engine;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;
import org.briefingengine.model.Sha256;
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
    private List<String> forums = List.of();
    private List<String> actors = List.of();
    private List<String> meetings = List.of();
    private List<String> topics = List.of();

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

    public FindingBuilder forums(Collection<?> ids) {
        this.forums = sorted(ids);
        return this;
    }

    public FindingBuilder actors(Collection<?> ids) {
        this.actors = sorted(ids);
        return this;
    }

    public FindingBuilder meetings(Collection<?> ids) {
        this.meetings = sorted(ids);
        return this;
    }

    public FindingBuilder topics(Collection<?> ids) {
        this.topics = sorted(ids);
        return this;
    }

    /** Convenience for one-of evidence lists: {@code .forums(List.of($f))}. */
    public FindingBuilder forum(Object id) {
        return forums(List.of(id));
    }

    public FindingBuilder meeting(Object id) {
        return meetings(List.of(id));
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
                period, forums, actors, meetings, topics));
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

    private static List<String> sorted(Collection<?> ids) {
        return ids.stream().map(String::valueOf).distinct().sorted().toList();
    }
}
