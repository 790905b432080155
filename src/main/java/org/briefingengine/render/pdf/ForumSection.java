package org.briefingengine.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Meeting;

/**
 * The forums that met: a table, then for a small period each forum with its name in English and Arabic and its
 * meetings in detail; above {@code report.maxMeetingDetails} meetings, the table alone (the workbook has every meeting).
 */
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

    /** Whether the period is small enough for every meeting to be described in full. */
    static boolean detailed(BriefingReport report) {
        return report.meetings().size() <= report.options().maxMeetingDetails();
    }

    void write() {
        pack.section(KEY);
        Blocks blocks = pack.blocks;
        boolean detailed = detailed(pack.report);
        PdfPTable table = blocks.table(new String[] {"Forum", "Name in Arabic", "Meetings", "First", "Last",
            "Most raised topics"}, 3.2f, 3.2f, 1.2f, 1.6f, 1.6f, 3.6f);
        for (String id : pack.report.forumsThatMet()) {
            List<Meeting> meetings = pack.report.meetingsOf(id);
            table.addCell(blocks.cell(pack.labels.forum(id)));
            table.addCell(blocks.cell(orDash(pack.labels.forumArabic(id))));
            table.addCell(blocks.number(meetings.size()));
            table.addCell(blocks.smallCell(meetings.get(0).start().toString()));
            table.addCell(blocks.smallCell(meetings.get(meetings.size() - 1).start().toString()));
            table.addCell(blocks.smallCell(pack.labels.topics(mostRaised(meetings))));
        }
        pack.add(table);
        pack.add(blocks.note(detailed ? "Each forum's meetings follow. Meetings dated too coarsely to place in "
                + pack.period() + " are listed in Annex B only."
                : "With " + Words.count(pack.report.meetings().size(), "meeting") + " in " + pack.period()
                + ", the meetings themselves are listed in the workbook (Meetings sheet), not here."));
        if (detailed) {
            for (String id : pack.report.forumsThatMet()) {
                pack.report.facts().forum(id).ifPresent(this::forumPage);
            }
        }
    }

    /** The three topics raised at most of the meetings, most first (ties in id order). */
    private static List<String> mostRaised(List<Meeting> meetings) {
        Map<String, Long> counts = meetings.stream().flatMap(m -> m.topics().stream())
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
    }

    private void forumPage(Forum forum) {
        pack.navigation.start(pack.document, pack.writer, key(forum.id()));
        pack.add(heading(forum));
        String convenors = forum.convenors().isEmpty() ? "" : ", convened by " + pack.labels.names(forum.convenors());
        pack.add(pack.blocks.note(Labels.capitalise(Labels.humanise(forum.kind().name())) + convenors + "; meets "
                + OutlookSection.cadence(forum.cadenceYears()) + "."));
        for (Meeting meeting : pack.report.meetingsOf(forum.id())) {
            new MeetingDetails(pack, meeting).write();
        }
    }

    /** English name left, Arabic name right in its own right-to-left cell. */
    private PdfPTable heading(Forum forum) {
        Blocks blocks = pack.blocks;
        Font font = blocks.subheadingFont();
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
