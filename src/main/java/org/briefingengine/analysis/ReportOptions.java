package org.briefingengine.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Severity;

/**
 * How the renderers present a report, read once from the {@code report.*} entries of {@code rules/parameters.json}
 * so that the PDF and the workbook can never disagree on, say, how many top findings there are.
 *
 * @param classification     banner printed on every page and sheet; blank for none
 * @param topFindings        findings listed as the top findings (PDF summary and workbook Summary sheet)
 * @param keyJudgements      key judgements on the PDF's front page
 * @param maxEvidence        evidence keys printed per finding in the PDF before "and N more: see the workbook"
 * @param maxFindingsPerRule findings of one rule printed in the PDF; the rest are counted and left to the workbook
 * @param minSeverity        findings less severe than this are left to the workbook, with a count in the PDF
 * @param salienceFloor      findings whose salience is below this are left to the workbook, with a count
 * @param maxMeetingDetails  up to this many meetings in the period, each gets its details; above, one table
 * @param trendTopics        topics drawn in the trend chart (the same number the workbook charts)
 */
public record ReportOptions(String classification, int topFindings, int keyJudgements, int maxEvidence,
                            int maxFindingsPerRule, Severity minSeverity, double salienceFloor,
                            int maxMeetingDetails, int trendTopics) {

    public static final String PREFIX = "report.";
    public static final ReportOptions DEFAULTS = new ReportOptions("", 10, 5, 4, 5, Severity.LOW, 0, 12, 6);

    public ReportOptions {
        classification = classification == null ? "" : classification;
        Objects.requireNonNull(minSeverity, "minSeverity must not be null");
        requirePositive("topFindings", topFindings);
        requirePositive("keyJudgements", keyJudgements);
        requirePositive("maxEvidence", maxEvidence);
        requirePositive("maxFindingsPerRule", maxFindingsPerRule);
        requirePositive("maxMeetingDetails", maxMeetingDetails);
        requirePositive("trendTopics", trendTopics);
    }

    /** The options the parameters set, the defaults for those they leave out. */
    public static ReportOptions from(Map<String, Parameter> parameters) {
        ReportOptions d = DEFAULTS;
        return new ReportOptions(text(parameters, "classification", d.classification),
                number(parameters, "topFindings", d.topFindings), number(parameters, "keyJudgements", d.keyJudgements),
                number(parameters, "maxEvidence", d.maxEvidence),
                number(parameters, "maxFindingsPerRule", d.maxFindingsPerRule),
                severity(parameters, d.minSeverity), decimal(parameters, "salienceFloor", d.salienceFloor),
                number(parameters, "maxMeetingDetails", d.maxMeetingDetails),
                number(parameters, "trendTopics", d.trendTopics));
    }

    public ReportOptions withClassification(String text) {
        return new ReportOptions(text, topFindings, keyJudgements, maxEvidence, maxFindingsPerRule, minSeverity,
                salienceFloor, maxMeetingDetails, trendTopics);
    }

    /** Whether the PDF prints the finding, or leaves it to the workbook. */
    public boolean printed(org.briefingengine.model.Finding finding) {
        return finding.severity().compareTo(minSeverity) <= 0 && finding.salience() >= salienceFloor;
    }

    private static String text(Map<String, Parameter> parameters, String name, String fallback) {
        return Parameter.valueOr(parameters, PREFIX + name, fallback);
    }

    private static int number(Map<String, Parameter> parameters, String name, int fallback) {
        return (int) Parameter.numberOr(parameters, PREFIX + name, fallback);
    }

    private static double decimal(Map<String, Parameter> parameters, String name, double fallback) {
        return Parameter.numberOr(parameters, PREFIX + name, fallback);
    }

    private static Severity severity(Map<String, Parameter> parameters, Severity fallback) {
        Parameter p = parameters.get(PREFIX + "minSeverity");
        if (p == null || p.text().isBlank()) {
            return fallback;
        }
        try {
            return Severity.valueOf(p.text().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report.minSeverity: '" + p.text()
                    + "' is not a severity; use high, medium, low or info", e);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("report." + name + " must be at least 1, not " + value);
        }
    }
}
