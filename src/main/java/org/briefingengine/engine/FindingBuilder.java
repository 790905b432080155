package org.briefingengine.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.briefingengine.model.Category;
import org.briefingengine.model.DatePrecision;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Severity;
import org.briefingengine.model.Sha256;
import org.briefingengine.model.Source;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Used from rule consequences to state a finding:
 * {@code out.finding(kcontext).about($topic).forums($forums).meetings($meetings).says("…").insert();}.
 * Rule name and category come from the rule itself ({@code @category}); salience is scored on the one
 * {@link SalienceScale} from the novelty and change the rule states and the breadth and strength of the evidence,
 * and severity follows from it, up to the rule's {@code @severity} (quality findings keep their {@code @severity}).
 * The finding is inserted logically, so it disappears if the facts that justified it change.
 */
public final class FindingBuilder {

    private final RuleContext context;
    private final String period;
    private final Function<String, Optional<Meeting>> meetingOf;
    private final SalienceScale scale;
    private String subject = "";
    private String statement;
    private String groupStatement = "";
    private double novelty;
    private double change;
    private Severity severity;
    private final Map<String, Double> measures = new TreeMap<>();
    private final Set<String> forums = new TreeSet<>();
    private final Set<String> actors = new TreeSet<>();
    private final Set<String> meetings = new TreeSet<>();
    private final Set<String> topics = new TreeSet<>();

    FindingBuilder(RuleContext context, String period, Function<String, Optional<Meeting>> meetingOf,
                   SalienceScale scale) {
        this.context = context;
        this.period = period;
        this.meetingOf = meetingOf;
        this.scale = scale;
    }

    public FindingBuilder about(Object subject) {
        this.subject = String.valueOf(subject);
        return this;
    }

    /** The one sentence the reports print; its first letter is put in capitals. */
    public FindingBuilder says(String statement) {
        this.statement = Phrasing.capitalised(statement);
        return this;
    }

    /**
     * The sentence for a group of findings of this rule with the same evidence, with {@code {subjects}} (their names,
     * joined with "and") and {@code {count}} (how many, in words) to fill in.
     */
    public FindingBuilder saysForGroup(String template) {
        this.groupStatement = template;
        return this;
    }

    /** How new what the finding reports is, 0 (nothing new) to 1 (a first ever). */
    public FindingBuilder novelty(Number novelty) {
        this.novelty = novelty.doubleValue();
        return this;
    }

    /** How large the change or the pattern is, 0 to 1 (each rule says how it measures it). */
    public FindingBuilder change(Number change) {
        this.change = change.doubleValue();
        return this;
    }

    /** Kept for rules written before the salience scale: the same as {@link #change}, taken as 0 to 1. */
    public FindingBuilder salience(Number salience) {
        return change(salience);
    }

    /** A number behind the statement (share, ratio, lift), kept in the finding rather than in the sentence. */
    public FindingBuilder measure(String name, Number value) {
        measures.put(name, value.doubleValue());
        return this;
    }

    /** Caps this finding's severity below the rule's {@code @severity}. */
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
        Severity ceiling = Severity.valueOf(meta(meta, "severity", "info"));
        if (severity != null && severity.compareTo(ceiling) > 0) {
            ceiling = severity;
        }
        double salience = salience();
        Severity effective = category == Category.QUALITY ? ceiling : scale.severityOf(salience, ceiling);
        context.insertLogical(new Finding(idFor(rule), rule, category, effective, salience, statement, subject,
                period, List.copyOf(forums), List.copyOf(actors), List.copyOf(meetings), List.copyOf(topics),
                measures, List.of(), groupStatement));
    }

    private double salience() {
        List<Meeting> evidence = meetings.stream().map(meetingOf).flatMap(Optional::stream).toList();
        double precision = evidence.stream().mapToDouble(m -> precisionOf(m.start().precision())).average()
                .orElse(0);
        int sources = (int) evidence.stream().flatMap(m -> m.sources().stream())
                .map(Source::citation).distinct().count();
        return scale.score(novelty, scale.breadthOf(forums.size()), change, scale.evidenceOf(precision, sources));
    }

    private static double precisionOf(DatePrecision precision) {
        return switch (precision) {
            case DAY, MONTH -> 1.0;
            case QUARTER -> 0.5;
            case YEAR -> 0.25;
        };
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
