package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;

/** The last page: exactly what the pack was made from and by, so a reader can check or reproduce it. */
final class AboutPage {

    static final String KEY = "about";
    static final String TITLE = "About this pack";

    private final Pack pack;

    AboutPage(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        BriefingReport report = pack.report;
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(2.4f, 7f);
        if (!report.classification().isBlank()) {
            blocks.pair(table, "Classification", report.classification());
        }
        blocks.pair(table, "Period", Labels.periodSpan(report.period()));
        blocks.pair(table, "Generated", FrontPage.GENERATED.format(report.generatedAt()));
        blocks.pair(table, "Made by", "Briefing Engine " + report.version());
        blocks.pair(table, "Meetings in the period", Integer.toString(report.meetings().size()));
        blocks.pair(table, "Forums that met", Integer.toString(report.forumsThatMet().size()));
        blocks.pair(table, "Findings", report.findings().size() + " (all in the workbook and in findings-"
                + report.period().label() + ".json)");
        InputDigest inputs = report.inputs();
        if (inputs != null) {
            table.addCell(blocks.cell("Facts", blocks.smallBold));
            table.addCell(blocks.smallCell("SHA-256 " + orUnknown(inputs.factsHash()) + " over "
                    + Words.count(inputs.factFiles().size(), "file")));
            table.addCell(blocks.cell("Rules", blocks.smallBold));
            table.addCell(blocks.smallCell("SHA-256 " + orUnknown(inputs.rulesHash()) + " over "
                    + Words.count(inputs.ruleFiles().size(), "file")));
        }
        pack.add(table);
        pack.add(blocks.note("The thresholds and settings the rules and this pack read are listed on the workbook's "
                + "Summary sheet; \u201c" + MethodSection.TITLE + "\u201d says what the main ones mean."));
    }

    private static String orUnknown(String hash) {
        return hash == null ? "unknown" : hash;
    }
}
