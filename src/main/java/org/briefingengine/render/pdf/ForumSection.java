package org.briefingengine.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;

/** A list of the forums that met, then one page per forum with its name in English and Arabic and its meetings. */
final class ForumSection {

    static final String KEY = "forums";
    static final String TITLE = "Forums that met";

    private final Pack pack;

    ForumSection(Pack pack) {
        this.pack = pack;
    }

    static String key(String forumId) {
        return "forum-" + forumId;
    }

    void write() {
        pack.section(KEY);
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(new String[] {"Forum", "Name in Arabic", "Meetings"}, 4.5f, 4.5f, 1.2f);
        for (String id : pack.report.forumsThatMet()) {
            table.addCell(blocks.cell(pack.labels.forum(id)));
            table.addCell(blocks.cell(orDash(pack.labels.forumArabic(id))));
            table.addCell(blocks.number(pack.report.meetingsOf(id).size()));
        }
        pack.add(table);
        pack.add(blocks.note("Each forum has its own page below. Meetings dated too coarsely to place in "
                + pack.period() + " are listed in Annex B only."));
        for (String id : pack.report.forumsThatMet()) {
            pack.report.facts().forum(id).ifPresent(this::forumPage);
        }
    }

    private void forumPage(Forum forum) {
        pack.navigation.start(pack.document, pack.writer, key(forum.id()));
        pack.add(heading(forum));
        Blocks blocks = pack.blocks;
        PdfPTable about = blocks.table(2.2f, 7f);
        blocks.pair(about, "Kind", Labels.capitalise(Labels.humanise(forum.kind().name())));
        blocks.pair(about, "Convenors", Labels.orNone(pack.labels.names(forum.convenors())));
        forum.names().in(Lang.FR).ifPresent(fr -> blocks.pair(about, "In French", fr));
        blocks.pair(about, "Meetings in " + pack.period(), Integer.toString(pack.report.meetingsOf(forum.id()).size()));
        pack.add(about);
        for (Meeting meeting : pack.report.meetingsOf(forum.id())) {
            new MeetingDetails(pack, meeting).write();
        }
    }

    /** English name left, Arabic name right in its own right-to-left cell. */
    private PdfPTable heading(Forum forum) {
        Blocks blocks = pack.blocks;
        Font font = blocks.headingFont();
        PdfPTable table = blocks.table(1f, 1f);
        table.addCell(Blocks.bare(blocks.rtl.cell(forum.names().en(), font)));
        String arabic = forum.names().arOrEmpty();
        table.addCell(Blocks.bare(blocks.rtl.cell(arabic.isEmpty() ? " " : arabic, font)));
        table.setSpacingAfter(8);
        return table;
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
