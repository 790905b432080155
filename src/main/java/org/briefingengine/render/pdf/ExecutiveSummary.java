package org.briefingengine.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.engine.Phrasing;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;

/** What met, how many findings of each kind, and the top findings as the report ranks them. */
final class ExecutiveSummary {

    static final String KEY = "summary";
    static final String TITLE = "Summary and top findings";

    private final Pack pack;

    ExecutiveSummary(Pack pack) {
        this.pack = pack;
    }

    void write() {
        BriefingReport report = pack.report;
        pack.section(KEY);
        pack.add(pack.blocks.text(overview(report)));
        if (!report.imprecise().isEmpty()) {
            int n = report.imprecise().size();
            pack.add(pack.blocks.text(Words.count(n, "more meeting") + (n == 1 ? " may fall" : " may fall") + " in "
                    + pack.period() + " but " + (n == 1 ? "is" : "are") + " dated too coarsely to say; "
                    + "\u201c" + MethodSection.TITLE + "\u201d explains how they are treated."));
        }
        pack.add(pack.blocks.text(findingCounts(report)));
        // The key judgements on the front page already state the first top findings; the table lists the rest that
        // clear the pack's bar (report.minSeverity, report.salienceFloor): the workbook's summary keeps the others.
        java.util.Set<String> judged = pack.judged();
        List<Finding> top = report.summary().stream().filter(f -> !judged.contains(f.id()))
                .filter(report.options()::printed).toList();
        if (top.isEmpty()) {
            return;
        }
        pack.subheading("Other top findings");
        pack.add(pack.blocks.note("The top " + report.options().topFindings() + " findings, ranked by severity, then "
                + "salience, less those the key judgements state or name" + belowTheBar(report) + ". Evidence keys (M1, "
                + "M2 \u2026) refer to the meetings listed with their sources in Annex B."));
        pack.add(FindingTable.of(pack, top));
    }

    private static String belowTheBar(BriefingReport report) {
        Severity least = report.options().minSeverity();
        return least == Severity.INFO ? "" : " and those below " + least.code() + " severity (the workbook's Summary "
                + "sheet lists them)";
    }

    private String overview(BriefingReport report) {
        if (report.meetings().isEmpty()) {
            return "No meetings were recorded in " + pack.period() + ". This pack therefore has no forum pages, "
                    + "overlaps or actor findings; it keeps the trend context, the outlook and the annexes.";
        }
        int meetings = report.meetings().size();
        int forums = report.forumsThatMet().size();
        String names = forums <= 6 ? ": " + pack.labels.names(report.forumsThatMet()) : "";
        return Words.count(meetings, "meeting") + " of " + Words.count(forums, "forum") + (meetings == 1 ? " was"
                : " were") + " recorded in " + pack.period() + names + "." + untagged(report);
    }

    /** Meetings with no topic recorded say nothing about any topic: the shares leave them out, and the reader is told. */
    private static String untagged(BriefingReport report) {
        long none = report.meetings().stream().filter(m -> m.topics().isEmpty()).count();
        if (none == 0) {
            return "";
        }
        long tagged = report.meetings().size() - none;
        return " " + Phrasing.digits(none) + " of them " + (none == 1 ? "has" : "have")
                + " no topic recorded, so topic shares count the other " + Phrasing.digits(tagged) + ".";
    }

    private static String findingCounts(BriefingReport report) {
        List<String> parts = new ArrayList<>();
        for (Category category : Category.values()) {
            int n = report.findingsIn(category).size();
            if (n > 0) {
                parts.add(Phrasing.digits(n) + " " + words(category.code()));
            }
        }
        if (parts.isEmpty()) {
            return "The rules made no findings.";
        }
        long printed = report.findings().stream().filter(report.options()::printed).count();
        String left = printed == report.findings().size() ? ""
                : " Findings of " + report.options().minSeverity().code() + " severity or above are printed here, at "
                + "most " + report.options().maxFindingsPerRule() + " per kind; the workbook lists all of them.";
        return "The rules made " + Words.count(report.findings().size(), "finding") + ": " + String.join(", ", parts)
                + "." + left;
    }

    private static String words(String category) {
        return category.equals("quality") ? "data quality" : category;
    }
}
