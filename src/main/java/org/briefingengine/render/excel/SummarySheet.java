package org.briefingengine.render.excel;

import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** The first sheet: what the pack covers, what it found first of all, and exactly what it was made from. */
final class SummarySheet {

    static final String NO_MEETINGS = "No meetings were found in this period.";

    private final BriefingReport report;

    SummarySheet(BriefingReport report) {
        this.report = report;
    }

    void write(SheetWriter sheet) {
        sheet.cap(0, 45);
        sheet.cap(1, 70);
        sheet.cap(3, 70);
        sheet.title("Briefing " + report.period().label());
        sheet.row().text("Classification", sheet.book.styles.label).text(report.classification(),
                sheet.book.styles.label);
        if (report.meetings().isEmpty()) {
            sheet.row().spill(NO_MEETINGS, sheet.book.styles.marker);
        }
        sheet.skip(1);
        about(sheet);
        sheet.skip(1);
        counts(sheet);
        sheet.skip(1);
        topFindings(sheet);
        sheet.skip(1);
        provenance(sheet);
    }

    private void about(SheetWriter sheet) {
        sheet.section("Report");
        pair(sheet, "Period", report.period().label());
        Styles styles = sheet.book.styles;
        sheet.row().text("Period starts", styles.label).day(report.period().start(), styles.valueDay);
        sheet.row().text("Period ends", styles.label).day(report.period().end(), styles.valueDay);
        pair(sheet, "Classification", report.classification());
        sheet.row().text("Generated at (UTC)", styles.label).timestamp(report.generatedAt(), styles.valueTimestamp);
        pair(sheet, "Version", report.version());
    }

    private void counts(SheetWriter sheet) {
        sheet.section("Counts");
        count(sheet, "Meetings in the period", report.meetings().size());
        count(sheet, "Meetings dated too coarsely for this period", report.imprecise().size());
        count(sheet, "Forums that met", report.forumsThatMet().size());
        count(sheet, "Findings", report.findings().size());
        for (Category category : Category.values()) {
            count(sheet, "Findings: " + category.code(), report.findingsIn(category).size());
        }
    }

    private void topFindings(SheetWriter sheet) {
        sheet.section("Top findings");
        sheet.header("Rank", "Severity", "Category", "Statement", "Subject", "Finding id");
        List<Finding> top = report.summary();
        for (int i = 0; i < top.size(); i++) {
            Finding f = top.get(i);
            sheet.row().integer(i + 1L, sheet.book.styles.valueInteger).text(f.severity().code())
                    .text(f.category().code()).wrapped(f.statement()).text(f.subject()).text(f.id());
        }
        if (top.isEmpty()) {
            sheet.note("No findings in this period.");
        }
    }

    private void provenance(SheetWriter sheet) {
        InputDigest inputs = report.inputs();
        sheet.section("How the pack was made");
        pair(sheet, "Facts hash (SHA-256)", inputs == null ? "" : inputs.factsHash());
        pair(sheet, "Rules hash (SHA-256)", inputs == null ? "" : inputs.rulesHash());
        sheet.skip(1);
        sheet.header("Input file", "SHA-256");
        if (inputs != null) {
            files(sheet, "facts/", inputs.factFiles());
            files(sheet, "rules/", inputs.ruleFiles());
        }
        sheet.skip(1);
        sheet.header("Parameter", "Value");
        report.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sheet.row().text(e.getKey()).text(e.getValue()));
    }

    private static void files(SheetWriter sheet, String folder, Map<String, String> files) {
        files.forEach((path, hash) -> sheet.row().text(folder + path).text(hash));
    }

    private static void pair(SheetWriter sheet, String label, String value) {
        sheet.row().text(label, sheet.book.styles.label).text(value);
    }

    private static void count(SheetWriter sheet, String label, long value) {
        sheet.row().text(label, sheet.book.styles.label).integer(value, sheet.book.styles.valueInteger);
    }
}
