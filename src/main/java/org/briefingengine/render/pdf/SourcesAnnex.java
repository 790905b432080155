package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Source;

/** Annex B: every meeting the pack mentions, under its key, with each source's document, pointer and quote. */
final class SourcesAnnex {

    static final String KEY = "annex-sources";
    static final String TITLE = "Annex B: Sources";

    private final Pack pack;

    SourcesAnnex(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        Citations citations = pack.citations;
        if (citations.inPeriod.isEmpty()) {
            pack.add(pack.blocks.text("No meetings were recorded in " + pack.period()
                    + ", so no meeting of the period is cited."));
        } else {
            group("Meetings in " + pack.period(), citations.inPeriod);
        }
        if (!citations.imprecise.isEmpty()) {
            group("Meetings dated too coarsely to place in " + pack.period(), citations.imprecise);
        }
        if (!citations.earlier.isEmpty()) {
            group("Other meetings cited as evidence", citations.earlier);
        }
    }

    private void group(String title, List<Meeting> meetings) {
        pack.subheading(title);
        meetings.forEach(this::meeting);
    }

    private void meeting(Meeting m) {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(3.6f, 6.4f);
        table.addCell(title(blocks, pack.citations.key(m.id()) + " · " + m.dateText() + " · " + m.title(), 2));
        table.addCell(forumCell(pack.labels.forum(m.forum()) + "  (" + m.id() + ")", false));
        table.addCell(forumCell(pack.labels.forumArabic(m.forum()), true));
        table.addCell(blocks.head("Source"));
        table.addCell(blocks.head("Quote"));
        // Title, forum and column heads repeat if a meeting's sources run onto the next page.
        table.setHeaderRows(3);
        if (m.sources().isEmpty()) {
            PdfPCell none = blocks.cell("No source recorded for this meeting.", blocks.muted);
            none.setColspan(2);
            table.addCell(none);
        }
        for (Source s : m.sources()) {
            table.addCell(blocks.smallCell(describe(s)));
            table.addCell(blocks.cell(s.quote().isBlank() ? "—" : s.quote()));
        }
        table.setSpacingAfter(10);
        pack.add(table);
    }

    private PdfPCell forumCell(String text, boolean arabic) {
        Blocks blocks = pack.blocks;
        PdfPCell cell = Blocks.bare(blocks.rtl.cell(text.isBlank() ? " " : text, arabic ? blocks.body : blocks.muted));
        cell.setPaddingBottom(4f);
        return cell;
    }

    private static PdfPCell title(Blocks blocks, String text, int span) {
        PdfPCell cell = Blocks.bare(blocks.rtl.cell(text, blocks.bold));
        cell.setColspan(span);
        cell.setPaddingTop(6f);
        return cell;
    }

    /** "001_48a7….txt", then "Arabic, paragraph 2" or the URL. */
    private static String describe(Source s) {
        StringBuilder text = new StringBuilder(s.citation());
        if (s.url() != null && !s.url().isBlank() && !s.url().equals(s.citation())) {
            text.append("\n").append(s.url());
        }
        text.append("\n").append(Locale.forLanguageTag(s.language().code()).getDisplayLanguage(Locale.ENGLISH));
        if (!s.pointer().isBlank()) {
            text.append(", ").append(s.pointer());
        }
        return text.toString();
    }
}
