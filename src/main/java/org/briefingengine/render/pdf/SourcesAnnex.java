package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingengine.analysis.Passages;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Source;
import org.briefingengine.model.SourceRegister;

/**
 * Annex B: the meetings the pack cites, under their keys, each with the passages that state what the findings claim
 * about it: "Publisher, Title (date), ¶n", the quote, and its English where the register gives one.
 */
final class SourcesAnnex {

    static final String KEY = "annex-sources";
    static final String TITLE = "Annex B: Sources";

    private final Pack pack;
    private final Passages passages;
    /** The findings that cite each meeting, so its passages can be those that state what they claim. */
    private final Map<String, List<Finding>> citing = new HashMap<>();

    SourcesAnnex(Pack pack) {
        this.pack = pack;
        this.passages = new Passages(pack.report.facts());
        pack.report.findings().stream().filter(pack.options()::printed).forEach(f -> f.meetings().forEach(id ->
                citing.computeIfAbsent(id, k -> new ArrayList<>()).add(f)));
    }

    void write() {
        pack.section(KEY);
        Citations citations = pack.citations;
        boolean all = ForumSection.detailed(pack.report);
        if (citations.inPeriod.isEmpty()) {
            pack.add(pack.blocks.text("No meetings were recorded in " + pack.period()
                    + ", so no meeting of the period is cited."));
        } else if (!all) {
            pack.add(pack.blocks.note("The meetings whose keys this pack prints; the workbook's Meetings and Sources "
                    + "sheets list all " + Words.count(citations.inPeriod.size() + citations.imprecise.size(),
                    "meeting") + " of " + pack.period() + " with their sources."));
        }
        group("Meetings in " + pack.period(), citations.inPeriod, all, all);
        group("Meetings dated too coarsely to place in " + pack.period(), citations.imprecise, all, all);
        // Earlier meetings are context (a fading topic, an ended finding): one line each is enough.
        group("Other meetings cited as evidence", citations.earlier, false, false);
    }

    /**
     * A group's meetings: all of them, or those whose keys the pack printed; each in full for a small period, one line
     * each at scale.
     */
    private void group(String title, List<Meeting> meetings, boolean all, boolean detailed) {
        List<Meeting> listed = all ? meetings : meetings.stream().filter(m -> pack.citations.used(m.id())).toList();
        if (listed.isEmpty()) {
            return;
        }
        pack.subheading(title);
        if (detailed) {
            listed.forEach(this::meeting);
        } else {
            pack.add(compact(listed));
        }
    }

    /** At scale, one line per meeting: key, date, forum and title, and the document its first passage is from. */
    private PdfPTable compact(List<Meeting> meetings) {
        Blocks blocks = pack.blocks;
        SourceRegister register = pack.report.facts().register();
        PdfPTable table = blocks.table(new String[] {"Key", "Date", "Meeting", "Source"}, 0.9f, 1.6f, 4.6f, 3.6f);
        for (Meeting m : meetings) {
            table.addCell(blocks.smallCell(pack.citations.key(m.id())));
            table.addCell(blocks.smallCell(m.dateText()));
            table.addCell(blocks.smallCell(pack.labels.forum(m.forum()) + ": " + m.title() + " (" + m.id() + ")"));
            List<Source> stating = passages.supporting(m, citing.getOrDefault(m.id(), List.of()));
            table.addCell(blocks.smallCell(stating.isEmpty() ? "No source recorded"
                    : register.citation(stating.get(0)) + (stating.size() > 1 ? " and " + (stating.size() - 1)
                    + " more in the workbook" : "")));
        }
        return table;
    }

    private void meeting(Meeting m) {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(3.6f, 6.4f);
        table.addCell(title(blocks, pack.citations.key(m.id()) + " · " + m.dateText() + " · " + m.title(), 2));
        table.addCell(forumCell(pack.labels.forum(m.forum()) + "  (" + m.id() + ")", false));
        table.addCell(forumCell(pack.labels.forumArabic(m.forum()), true));
        table.addCell(blocks.head("Source"));
        table.addCell(blocks.head("Passages"));
        // Title, forum and column heads repeat if a meeting's sources run onto the next page.
        table.setHeaderRows(3);
        if (m.sources().isEmpty()) {
            PdfPCell none = blocks.cell("No source recorded for this meeting.", blocks.muted);
            none.setColspan(2);
            table.addCell(none);
        }
        List<Source> stating = passages.supporting(m, citing.getOrDefault(m.id(), List.of())).stream()
                .limit(pack.options().maxEvidence()).toList();
        SourceRegister register = pack.report.facts().register();
        Map<String, List<Source>> byWork = new LinkedHashMap<>();
        stating.forEach(s -> byWork.computeIfAbsent(register.work(s), w -> new ArrayList<>()).add(s));
        byWork.forEach((work, sources) -> {
            table.addCell(blocks.smallCell(work));
            PdfPTable quotes = new PdfPTable(1);
            sources.forEach(s -> passage(quotes, s, register));
            table.addCell(Blocks.group(quotes, 1));
        });
        if (stating.size() < m.sources().size()) {
            int more = m.sources().size() - stating.size();
            PdfPCell rest = blocks.cell(Words.count(more, "more passage") + " on this meeting "
                    + (more == 1 ? "is" : "are") + " in the workbook (Sources sheet).", blocks.muted);
            rest.setColspan(2);
            table.addCell(rest);
        }
        table.setSpacingAfter(10);
        pack.add(table);
    }

    /** The place and the quote as the source gives it, then its English when the register has it. */
    private void passage(PdfPTable quotes, Source s, SourceRegister register) {
        Blocks blocks = pack.blocks;
        String place = register.place(s);
        String quote = s.quote().isBlank() ? "(no quote recorded)" : s.quote();
        quotes.addCell(Blocks.bare(blocks.smallCell(place.isBlank() ? quote : place + "  " + quote)));
        String gloss = register.gloss(s);
        if (!gloss.isBlank()) {
            PdfPCell english = Blocks.bare(blocks.cell("English: " + gloss, blocks.muted));
            english.setPaddingTop(0);
            quotes.addCell(english);
        }
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
}
