package org.briefingengine.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingengine.model.Category;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Period;
import org.briefingengine.model.RuleAudit;

/**
 * Everything one run concluded about one period: the single input of every report writer (JSON, workbook, PDF),
 * so the outputs can never disagree.
 *
 * @param meetings     meetings whose dates lie wholly inside the period, by date
 * @param imprecise    meetings that may fall in the period but are dated too coarsely to say (a year-only date)
 * @param findings     ranked: severity first, then salience, then id
 * @param parameters   the thresholds the rules read, by name, as text
 * @param options      how the renderers present the report, read once from the parameters
 * @param sinceLast    what changed since the previous period's pack, when the output folder held it; else null
 */
public record BriefingReport(Period period, Instant generatedAt, String version, InputDigest inputs, FactSet facts,
                             List<Meeting> meetings, List<Meeting> imprecise, List<Finding> findings,
                             TopicTrendTable trend, OverlapMatrix overlap, List<RuleAudit> audit,
                             Map<String, String> parameters, ReportOptions options, FindingChanges sinceLast) {

    /** A report with default options but the given classification, and no previous pack. */
    public BriefingReport(Period period, Instant generatedAt, String version, String classification,
                          InputDigest inputs, FactSet facts, List<Meeting> meetings, List<Meeting> imprecise,
                          List<Finding> findings, TopicTrendTable trend, OverlapMatrix overlap, List<RuleAudit> audit,
                          Map<String, String> parameters) {
        this(period, generatedAt, version, inputs, facts, meetings, imprecise, findings, trend, overlap, audit,
                parameters, ReportOptions.DEFAULTS.withClassification(classification), null);
    }

    public BriefingReport {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        Objects.requireNonNull(facts, "facts must not be null");
        meetings = List.copyOf(meetings);
        imprecise = List.copyOf(imprecise);
        findings = List.copyOf(findings);
        audit = List.copyOf(audit);
        parameters = Map.copyOf(parameters);
    }

    public String classification() {
        return options.classification();
    }

    /** The same report, with what changed since the previous pack. */
    public BriefingReport withSinceLast(FindingChanges changes) {
        return new BriefingReport(period, generatedAt, version, inputs, facts, meetings, imprecise, findings, trend,
                overlap, audit, parameters, options, changes);
    }

    /** The executive summary: the top {@code report.topFindings} findings, chosen with diversity. */
    public List<Finding> summary() {
        return ExecutiveSelection.select(findings, topFindings());
    }

    /** {@code report.topFindings}, as the report options read it from parameters.json. */
    public int topFindings() {
        return options.topFindings();
    }

    public List<Finding> findingsIn(Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }

    /** The meetings of one forum in the period. */
    public List<Meeting> meetingsOf(String forumId) {
        return meetings.stream().filter(m -> m.forum().equals(forumId)).toList();
    }

    /** The forums that met in the period, in the order the fact set lists them. */
    public List<String> forumsThatMet() {
        return facts.forums().stream().map(f -> f.id()).filter(id -> !meetingsOf(id).isEmpty()).toList();
    }
}
