package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefingengine.model.Meeting;

/** One meeting on its forum's page: when, where, at what level, who chaired and took part, what it was about. */
final class MeetingDetails {

    private final Pack pack;
    private final Meeting meeting;

    MeetingDetails(Pack pack, Meeting meeting) {
        this.pack = pack;
        this.meeting = meeting;
    }

    void write() {
        Blocks blocks = pack.blocks;
        Labels labels = pack.labels;
        PdfPTable table = blocks.table(2.2f, 7f);
        PdfPCell title = Blocks.bare(blocks.rtl.cell(pack.citations.key(meeting.id()) + " · " + meeting.title(),
                blocks.subheadingFont()));
        title.setColspan(2);
        title.setPaddingTop(10f);
        title.setPaddingBottom(4f);
        table.addCell(title);
        blocks.pair(table, "Date", meeting.dateText() + " (known to the " + Labels.precision(meeting) + ")");
        blocks.pair(table, "Where", Labels.where(meeting));
        blocks.pair(table, "Level", Labels.level(meeting));
        blocks.pair(table, "Co-chairs", Labels.orNone(labels.names(meeting.coChairs())));
        if (!meeting.hosts().isEmpty()) {
            blocks.pair(table, "Hosts", labels.names(meeting.hosts()));
        }
        blocks.pair(table, "Participants", Labels.orNone(labels.names(meeting.participants())));
        if (meeting.participantCount() != null || !meeting.participantNote().isBlank()) {
            blocks.pair(table, "Participant count", count());
        }
        if (!meeting.people().isEmpty()) {
            blocks.pair(table, "People", labels.names(meeting.people()));
        }
        blocks.pair(table, "Topics", Labels.orNone(labels.topics(meeting.topics())));
        if (!meeting.initiatives().isEmpty()) {
            blocks.pair(table, "Initiatives", lines(meeting.initiatives()));
        }
        if (!meeting.outcomes().isEmpty()) {
            blocks.pair(table, "Outcomes", lines(meeting.outcomes()));
        }
        pack.citations.use(List.of(meeting.id()));
        // A long meeting may run over a page; its title then heads the part on the next page too.
        table.setHeaderRows(1);
        pack.add(table);
    }

    private String count() {
        String number = meeting.participantCount() == null ? "" : meeting.participantCount().toString();
        String note = meeting.participantNote();
        if (note.isBlank()) {
            return number;
        }
        return number.isEmpty() ? note : number + ": " + note;
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? "none recorded" : String.join("\n", items.stream().map(i -> "• " + i).toList());
    }
}
