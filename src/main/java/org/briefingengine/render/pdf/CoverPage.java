package org.briefingengine.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;

/** The first page: title, period, generation time and exactly which facts and rules the pack was made from. */
final class CoverPage {

    static final String TITLE = "Briefing pack";
    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int HASH_SHOWN = 12;

    private final Pack pack;

    CoverPage(Pack pack) {
        this.pack = pack;
    }

    void write() {
        BriefingReport report = pack.report;
        Blocks blocks = pack.blocks;
        pack.navigation.bookmark(pack.document, pack.writer, "Cover", 1);
        Font titleFont = blocks.fonts.sansBold(Palette.TITLE);
        titleFont.setColor(Palette.ACCENT);
        Paragraph title = new Paragraph(TITLE, titleFont);
        title.setSpacingBefore(110);
        pack.add(title);
        Paragraph period = new Paragraph(Labels.periodTitle(report.period()), blocks.fonts.sansBold(20));
        period.setSpacingBefore(6);
        pack.add(period);
        Paragraph span = new Paragraph(DAY.format(report.period().start()) + " to "
                + DAY.format(report.period().end()), blocks.fonts.sans(12));
        span.setSpacingAfter(36);
        pack.add(span);
        pack.add(details(report));
        if (report.meetings().isEmpty()) {
            pack.add(blocks.text("No meetings were recorded in " + pack.period() + "."));
        }
    }

    private PdfPTable details(BriefingReport report) {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(2.2f, 5f);
        if (!report.classification().isBlank()) {
            blocks.pair(table, "Classification", report.classification());
        }
        blocks.pair(table, "Generated", GENERATED.format(report.generatedAt()));
        blocks.pair(table, "Made by", "Briefing Engine " + report.version());
        blocks.pair(table, "Meetings in the period", Integer.toString(report.meetings().size()));
        blocks.pair(table, "Forums that met", Integer.toString(report.forumsThatMet().size()));
        blocks.pair(table, "Findings", Integer.toString(report.findings().size()));
        InputDigest inputs = report.inputs();
        if (inputs != null) {
            blocks.pair(table, "Facts", "SHA-256 " + shortHash(inputs.factsHash()) + "… over "
                    + inputs.factFiles().size() + " file(s)");
            blocks.pair(table, "Rules", "SHA-256 " + shortHash(inputs.rulesHash()) + "… over "
                    + inputs.ruleFiles().size() + " file(s)");
        }
        return table;
    }

    static String shortHash(String hash) {
        return hash == null ? "unknown" : hash.substring(0, Math.min(HASH_SHOWN, hash.length()));
    }
}
