package org.briefingengine.engine;

import java.util.Map;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Severity;

/**
 * The one salience scale every finding is ranked on, 0 to 100: a weighted mean of four parts, each 0 to 1 —
 * novelty and size of the change (stated by the rule), breadth across forums and strength of evidence (measured on
 * the evidence). Severity of trend, overlap and actor findings follows from it. Weights and cut-offs come from
 * {@code parameters.json} ({@code salience.*}); rules/README.md gives the formula.
 */
public record SalienceScale(double novelty, double breadth, double change, double evidence, double fullBreadthForums,
                            double fullSources, double high, double medium, double low) {

    /** Used when parameters.json leaves a salience setting out. */
    public static final SalienceScale DEFAULTS = new SalienceScale(35, 25, 25, 15, 3, 4, 50, 30, 15);

    public static SalienceScale from(Map<String, Parameter> parameters) {
        SalienceScale d = DEFAULTS;
        return new SalienceScale(
                Parameter.numberOr(parameters, "salience.novelty", d.novelty),
                Parameter.numberOr(parameters, "salience.breadth", d.breadth),
                Parameter.numberOr(parameters, "salience.change", d.change),
                Parameter.numberOr(parameters, "salience.evidence", d.evidence),
                Parameter.numberOr(parameters, "salience.fullBreadthForums", d.fullBreadthForums),
                Parameter.numberOr(parameters, "salience.fullSources", d.fullSources),
                Parameter.numberOr(parameters, "severity.high", d.high),
                Parameter.numberOr(parameters, "severity.medium", d.medium),
                Parameter.numberOr(parameters, "severity.low", d.low));
    }

    /** Breadth of evidence across {@code forums} forums: 0 for one forum, 1 from fullBreadthForums on. */
    public double breadthOf(int forums) {
        return fullBreadthForums <= 1 ? 1 : clamp((forums - 1) / (fullBreadthForums - 1));
    }

    /** Strength of evidence: half how precisely its meetings are dated (0 to 1), half how many sources back it. */
    public double evidenceOf(double datePrecision, int sources) {
        return 0.5 * clamp(datePrecision) + 0.5 * clamp(fullSources <= 0 ? 1 : sources / fullSources);
    }

    /** The score, 0 to 100, rounded to one decimal so it reads well and compares exactly. */
    public double score(double noveltyPart, double breadthPart, double changePart, double evidencePart) {
        double total = novelty + breadth + change + evidence;
        if (total <= 0) {
            return 0;
        }
        double weighted = novelty * clamp(noveltyPart) + breadth * clamp(breadthPart) + change * clamp(changePart)
                + evidence * clamp(evidencePart);
        return Math.round(1000 * weighted / total) / 10.0;
    }

    /** Severity a score earns; never above the rule's own {@code @severity} ({@code ceiling}). */
    public Severity severityOf(double score, Severity ceiling) {
        Severity earned = score >= high ? Severity.HIGH : score >= medium ? Severity.MEDIUM
                : score >= low ? Severity.LOW : Severity.INFO;
        return earned.compareTo(ceiling) < 0 ? ceiling : earned;
    }

    static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
