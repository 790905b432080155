package org.briefingengine.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.FindingChanges;

/**
 * The first page, read in a minute: title, the period in words, the key judgements in prose with their evidence,
 * and what else the pack holds. How the pack was made (hashes, version) is on the last page.
 */
final class FrontPage {

    static final String TITLE = "Briefing pack";
    static final String JUDGEMENTS = "Key judgements";
    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Pack pack;

    FrontPage(Pack pack) {
        this.pack = pack;
    }

    void write() {
        BriefingReport report = pack.report;
        Blocks blocks = pack.blocks;
        pack.navigation.bookmark(pack.document, pack.writer, JUDGEMENTS, 1);
        Font titleFont = blocks.fonts.sansBold(19);
        titleFont.setColor(Palette.ACCENT);
        Paragraph title = new Paragraph(TITLE + ": " + Labels.periodWords(report.period()), titleFont);
        title.setSpacingBefore(report.classification().isBlank() ? 0 : 24);
        pack.add(title);
        pack.add(blocks.note(Labels.periodSpan(report.period()) + " · " + Words.count(report.meetings().size(),
                "meeting") + " of " + Words.count(report.forumsThatMet().size(), "forum") + " · generated "
                + GENERATED.format(report.generatedAt()) + " · how this pack was made: last page"));
        if (report.sinceLast() != null) {
            pack.add(blocks.text("Since the " + report.sinceLast().before() + " pack: "
                    + SinceLastSection.summary(report.sinceLast()) + " (see \u201c" + SinceLastSection.TITLE
                    + "\u201d)."));
        }
        Paragraph heading = blocks.subheading(JUDGEMENTS);
        heading.setSpacingBefore(10);
        pack.add(heading);
        judgements(pack.judgements);
        pack.add(blocks.subheading("In this pack"));
        pack.add(new ContentsPage(pack).table());
    }

    private void judgements(List<KeyJudgements.Judgement> judgements) {
        Blocks blocks = pack.blocks;
        if (judgements.isEmpty()) {
            String why = pack.report.meetings().isEmpty()
                    ? "No meetings were recorded in " + pack.period() + ", so there is nothing new to judge. "
                    + "The trend context and the outlook below still apply."
                    : "The rules found nothing of note in " + pack.period() + " beyond the counts in the summary.";
            pack.add(blocks.text(why));
            return;
        }
        PdfPTable table = blocks.table(0.4f, 9.6f);
        for (int i = 0; i < judgements.size(); i++) {
            KeyJudgements.Judgement j = judgements.get(i);
            PdfPCell number = Blocks.bare(blocks.cell(Integer.toString(i + 1), blocks.bold));
            table.addCell(number);
            PdfPTable text = new PdfPTable(1);
            text.addCell(Blocks.bare(blocks.cell(j.text())));
            PdfPCell evidence = Blocks.bare(blocks.cell("Evidence: " + pack.evidence(j.meetings(), j.subject())
                    + sinceLast(j), blocks.muted));
            evidence.setPaddingTop(0);
            text.addCell(evidence);
            PdfPCell cell = Blocks.bare(new PdfPCell(text));
            cell.setPadding(0);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        pack.add(table);
    }

    /**
     * " · new since the 2021-Q3 pack", "· changed since …" (by its leading finding), "· partly new since …" (another
     * finding it states or names is new or changed), "· also in …"; nothing without a previous pack.
     */
    private String sinceLast(KeyJudgements.Judgement j) {
        FindingChanges changes = pack.report.sinceLast();
        if (changes == null) {
            return "";
        }
        boolean partlyNew = j.covered().anyMatch(id -> changes.isAdded(id) || changes.isChanged(id));
        String status = changes.isAdded(j.lead()) ? "new since" : changes.isChanged(j.lead()) ? "changed since"
                : partlyNew ? "partly new since" : "also in";
        return " \u00b7 " + status + " the " + changes.before() + " pack";
    }
}
