package org.briefingengine.render.excel;

import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Source;

/**
 * One row per meeting of the period, then the meetings that may fall in it but are dated too coarsely to say,
 * marked as such in the Dating column so a filter can separate them.
 */
final class MeetingsSheet {

    static final String IN_PERIOD = "in period";
    static final String TOO_COARSE = "dated too coarsely for this period";

    private static final List<String> HEADERS = List.of("Meeting id", "Forum id", "Forum", "Title", "Start", "End",
            "Precision", "Dating", "Place", "Mode", "Level", "Co-chairs", "Hosts", "Participants",
            "People", "Participant count", "Participant note", "Topics", "Initiatives", "Outcomes", "Sources");

    private final BriefingReport report;
    private final Directory directory;

    MeetingsSheet(BriefingReport report, Directory directory) {
        this.report = report;
        this.directory = directory;
    }

    void write(SheetWriter sheet) {
        sheet.cap(2, 30);
        sheet.cap(3, 45);
        sheet.cap(7, 20);
        for (int column = 11; column < HEADERS.size(); column++) {
            sheet.cap(column, 36);
        }
        sheet.header(HEADERS);
        report.meetings().forEach(m -> row(sheet, m, false));
        report.imprecise().forEach(m -> row(sheet, m, true));
        sheet.freeze(1);
        sheet.table("Meetings");
        if (report.meetings().isEmpty()) {
            sheet.note(SummarySheet.NO_MEETINGS);
        }
    }

    private void row(SheetWriter sheet, Meeting m, boolean coarse) {
        Styles styles = sheet.book.styles;
        sheet.row().text(m.id()).text(m.forum()).text(directory.forumName(m.forum())).wrapped(m.title())
                .date(m.start()).date(m.end()).text(m.start().precision().name().toLowerCase(java.util.Locale.ROOT))
                .text(coarse ? TOO_COARSE : IN_PERIOD, coarse ? styles.marker : styles.text)
                .text(m.place()).text(code(m.mode())).text(m.level() == null ? "" : code(m.level()))
                .list(m.coChairs()).list(m.hosts()).list(m.participants()).list(m.people())
                .integerOrBlank(m.participantCount()).wrapped(m.participantNote())
                .list(m.topics()).list(m.initiatives()).list(m.outcomes())
                .list(m.sources().stream().map(Source::citation).toList());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
