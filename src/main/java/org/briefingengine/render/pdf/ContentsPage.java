package org.briefingengine.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;

/** The sections in order with the pages they start on, each line a link to its section; set on the front page. */
final class ContentsPage {

    private final Pack pack;

    ContentsPage(Pack pack) {
        this.pack = pack;
    }

    /**
     * The sections this report gets. An empty period keeps the summary, outlook, trends and annexes only: with no
     * meetings there is nothing to overlap, no actor to name and no forum to describe.
     */
    static List<Navigation.Entry> plan(BriefingReport report) {
        List<Navigation.Entry> plan = new ArrayList<>();
        if (report.sinceLast() != null) {
            plan.add(new Navigation.Entry(SinceLastSection.KEY, SinceLastSection.TITLE, 1));
        }
        plan.add(new Navigation.Entry(ExecutiveSummary.KEY, ExecutiveSummary.TITLE, 1));
        plan.add(new Navigation.Entry(OutlookSection.KEY, OutlookSection.TITLE, 1));
        plan.add(new Navigation.Entry(TrendSection.KEY, TrendSection.TITLE, 1));
        if (!report.meetings().isEmpty()) {
            plan.add(new Navigation.Entry(OverlapSection.KEY, OverlapSection.TITLE, 1));
            plan.add(new Navigation.Entry(ActorSection.KEY, ActorSection.TITLE, 1));
            plan.add(new Navigation.Entry(ForumSection.KEY, ForumSection.TITLE, 1));
            if (ForumSection.detailed(report)) {
                for (String forum : report.forumsThatMet()) {
                    plan.add(new Navigation.Entry(ForumSection.key(forum), report.facts().nameOf(forum), 2));
                }
            }
        }
        plan.add(new Navigation.Entry(QualityAnnex.KEY, QualityAnnex.TITLE, 1));
        plan.add(new Navigation.Entry(SourcesAnnex.KEY, SourcesAnnex.TITLE, 1));
        plan.add(new Navigation.Entry(MethodSection.KEY, MethodSection.TITLE, 1));
        plan.add(new Navigation.Entry(AboutPage.KEY, AboutPage.TITLE, 1));
        return plan;
    }

    /** Level 1 entries in two columns' worth of width: title and page; forum entries indented. */
    PdfPTable table() {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(9f, 1f);
        for (Navigation.Entry entry : pack.navigation.plan()) {
            Font font = entry.level() == 1 ? blocks.body : blocks.small;
            Chunk link = new Chunk(entry.title(), font);
            link.setLocalGoto(entry.key());
            PdfPCell titleCell = Blocks.ruled(new PdfPCell(new Phrase(link)));
            titleCell.setPaddingLeft(entry.level() == 1 ? 3.5f : 20f);
            titleCell.setPaddingBottom(2.5f);
            table.addCell(titleCell);
            int page = pack.navigation.knownPage(entry.key());
            PdfPCell pageCell = Blocks.ruled(new PdfPCell(new Phrase(page > 0 ? Integer.toString(page) : " ", font)));
            pageCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            pageCell.setPaddingBottom(2.5f);
            table.addCell(pageCell);
        }
        return table;
    }
}
