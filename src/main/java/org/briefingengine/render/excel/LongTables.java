package org.briefingengine.render.excel;

import java.util.List;
import java.util.Locale;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.TopicTrendTable;
import org.briefingengine.model.Meeting;

/**
 * Long-format tables for pivots, one table per sheet and every one present with its header even when empty: topic
 * counts per period, and the meeting–topic and meeting–actor links. Dates are real dates (the earliest day a coarse
 * date allows) with the precision beside them; family rows are marked so a pivot can leave them out and not count
 * a child topic twice.
 */
final class LongTables {

    /** Rows an Excel sheet holds (1,048,576), the header among them. */
    static final int EXCEL_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final BriefingReport report;
    private final Directory directory;
    private final int rowsPerSheet;

    LongTables(BriefingReport report, Directory directory) {
        this(report, directory, EXCEL_ROWS);
    }

    /** As {@link #LongTables(BriefingReport, Directory)}, a long table going on to a new sheet after this many rows. */
    LongTables(BriefingReport report, Directory directory, int rowsPerSheet) {
        this.report = report;
        this.directory = directory;
        this.rowsPerSheet = rowsPerSheet;
    }

    void trends(SheetWriter sheet) {
        sheet.header("Topic id", "Topic", "Family id", "Row kind", "Period", "Meetings");
        TopicTrendTable trend = report.trend();
        if (trend != null) {
            for (TopicTrendTable.Row row : trend.rows()) {
                for (int i = 0; i < trend.buckets().size(); i++) {
                    sheet.row().text(row.topic()).text(directory.topicLabel(row.topic())).text(row.family())
                            .text(kind(row)).text(trend.buckets().get(i)).integer(row.counts().get(i));
                }
            }
        }
        sheet.freeze(1);
        sheet.table("TrendsLong");
        if (trend == null || trend.rows().isEmpty()) {
            sheet.note("No topic counts for this period.");
        }
    }

    void meetingTopics(SheetWriter first) {
        SpilledTable sheet = new SpilledTable(first, "MeetingTopics",
                List.of("Meeting id", "Forum id", "Start", "Precision", "Dating", "Topic id", "Family id"));
        forEachMeeting((m, dating) -> m.topics().forEach(t -> dated(sheet.sheetForRow(), m, dating).text(t)
                .text(report.facts().topic(t).map(x -> x.family()).orElse(t))));
        sheet.finish();
        if (report.meetings().isEmpty() && report.imprecise().isEmpty()) {
            first.note(SummarySheet.NO_MEETINGS);
        }
    }

    void meetingActors(SheetWriter first) {
        SpilledTable sheet = new SpilledTable(first, "MeetingActors",
                List.of("Meeting id", "Forum id", "Start", "Precision", "Dating", "Actor id", "Actor", "Role"));
        forEachMeeting((m, dating) -> {
            m.coChairs().forEach(a -> actor(sheet, m, dating, a, "co-chair"));
            m.hosts().forEach(a -> actor(sheet, m, dating, a, "host"));
            m.participants().stream().filter(a -> !m.coChairs().contains(a) && !m.hosts().contains(a))
                    .forEach(a -> actor(sheet, m, dating, a, "participant"));
            m.people().forEach(a -> actor(sheet, m, dating, a, "person"));
        });
        sheet.finish();
        if (report.meetings().isEmpty() && report.imprecise().isEmpty()) {
            first.note(SummarySheet.NO_MEETINGS);
        }
    }

    /**
     * A table that goes on to a sheet of its own, "Meeting actors (2)", when a sheet is full: a million meetings
     * make ten million meeting–actor rows, and an Excel sheet holds 1,048,576. Each part has the header and is a
     * table (MeetingActors, MeetingActors2, …).
     */
    final class SpilledTable {
        private final String tableName;
        private final List<String> headers;
        private SheetWriter sheet;
        private final SheetWriter first;
        private int part = 1;

        SpilledTable(SheetWriter first, String tableName, List<String> headers) {
            this.first = first;
            this.sheet = first;
            this.tableName = tableName;
            this.headers = headers;
            sheet.header(headers);
        }

        SheetWriter sheetForRow() {
            if (sheet.rowIndex() >= rowsPerSheet) {
                finishPart();
                part++;
                sheet = first.book.sheet(first.name() + " (" + part + ")");
                sheet.header(headers);
            }
            return sheet;
        }

        void finish() {
            finishPart();
        }

        private void finishPart() {
            sheet.freeze(1);
            sheet.table(part == 1 ? tableName : tableName + part);
        }
    }

    private interface MeetingVisitor {
        void visit(Meeting meeting, String dating);
    }

    private void forEachMeeting(MeetingVisitor visitor) {
        report.meetings().forEach(m -> visitor.visit(m, MeetingsSheet.IN_PERIOD));
        report.imprecise().forEach(m -> visitor.visit(m, MeetingsSheet.TOO_COARSE));
    }

    private void actor(SpilledTable sheet, Meeting m, String dating, String actor, String role) {
        dated(sheet.sheetForRow(), m, dating).text(actor).text(report.facts().nameOf(actor)).text(role);
    }

    /** Meeting id, forum, the earliest day its date allows as a real date, the date's precision, and its dating. */
    private static RowWriter dated(SheetWriter sheet, Meeting m, String dating) {
        return sheet.row().text(m.id()).text(m.forum()).day(m.start().earliest(), sheet.book.styles.day)
                .text(m.start().precision().name().toLowerCase(Locale.ROOT)).text(dating);
    }

    /** "family (counts its children)" for a topic with children, "child topic" under one, else "topic". */
    private String kind(TopicTrendTable.Row row) {
        if (row.child()) {
            return "child topic";
        }
        boolean hasChildren = report.facts().topics().stream().anyMatch(t -> row.topic().equals(t.parent()));
        return hasChildren ? "family (counts its children)" : "topic";
    }
}
