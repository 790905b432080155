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
 */
public record BriefingReport(Period period, Instant generatedAt, String version, String classification,
                             InputDigest inputs, FactSet facts,
                             List<Meeting> meetings, List<Meeting> imprecise, List<Finding> findings,
                             TopicTrendTable trend, OverlapMatrix overlap, List<RuleAudit> audit,
                             Map<String, String> parameters) {

    public BriefingReport {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        Objects.requireNonNull(facts, "facts must not be null");
        meetings = List.copyOf(meetings);
        imprecise = List.copyOf(imprecise);
        findings = List.copyOf(findings);
        audit = List.copyOf(audit);
        parameters = Map.copyOf(parameters);
    }

    /** Parameter naming how many findings the executive summary shows. */
    public static final String TOP_FINDINGS = "report.topFindings";
    static final int DEFAULT_TOP_FINDINGS = 10;

    /** The executive summary: the top {@code report.topFindings} findings, chosen with diversity. */
    public List<Finding> summary() {
        return ExecutiveSelection.select(findings, topFindings());
    }

    /** {@code report.topFindings} from parameters.json (10 when it is missing or not a whole number). */
    public int topFindings() {
        try {
            return Math.max(0, Integer.parseInt(parameters.getOrDefault(TOP_FINDINGS, "")));
        } catch (NumberFormatException notWhole) {
            return DEFAULT_TOP_FINDINGS;
        }
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
