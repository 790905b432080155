package org.briefingengine.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** What met, and the findings that matter most, ranked as the report ranks them. */
final class ExecutiveSummary {

    static final String KEY = "summary";
    static final String TITLE = "Executive summary";

    private final Pack pack;

    ExecutiveSummary(Pack pack) {
        this.pack = pack;
    }

    void write() {
        BriefingReport report = pack.report;
        pack.section(KEY);
        pack.add(pack.blocks.text(overview(report)));
        if (!report.imprecise().isEmpty()) {
            pack.add(pack.blocks.text(report.imprecise().size() + " more meeting(s) may fall in " + pack.period()
                    + " but are dated too coarsely to say; Annex B lists them and Annex A says why."));
        }
        pack.add(pack.blocks.text(findingCounts(report)));
        pack.subheading("Top findings");
        List<Finding> top = report.summary();
        if (top.isEmpty()) {
            pack.add(pack.blocks.note("The rules made no findings for " + pack.period() + "."));
        } else {
            pack.add(pack.blocks.note("Ranked by severity, then salience. Evidence keys (M1, M2 …) refer to the "
                    + "meetings listed with their sources in Annex B."));
            pack.add(FindingTable.of(pack, top));
        }
    }

    private String overview(BriefingReport report) {
        if (report.meetings().isEmpty()) {
            return "No meetings were recorded in " + pack.period() + ". This pack therefore has no forum pages, "
                    + "overlaps or actor findings; it keeps the trend context and the annexes.";
        }
        int forums = report.forumsThatMet().size();
        return report.meetings().size() + " meeting(s) of " + forums + " forum(s) were recorded in " + pack.period()
                + ": " + pack.labels.names(report.forumsThatMet()) + ".";
    }

    private static String findingCounts(BriefingReport report) {
        List<String> parts = new ArrayList<>();
        for (Category category : Category.values()) {
            int n = report.findingsIn(category).size();
            if (n > 0) {
                parts.add(n + " " + words(category.code()));
            }
        }
        if (parts.isEmpty()) {
            return "The rules made no findings.";
        }
        return "The rules made " + report.findings().size() + " finding(s): " + String.join(", ", parts) + ".";
    }

    private static String words(String category) {
        return category.equals("quality") ? "data quality" : category;
    }
}
