package org.briefingengine.render.excel;

import java.util.List;
import org.briefingengine.model.Finding;

/** One row per finding, in rank order, with the ids of the facts behind it; also used for the quality annex. */
final class FindingsSheet {

    private static final List<String> HEADERS = List.of("Id", "Category", "Severity", "Salience", "Statement",
            "Subject", "Forums", "Actors", "Meetings", "Rule", "Period", "First meeting", "Its sources");

    private final List<Finding> findings;
    private final String table;
    private final String none;
    private final SheetRows rows;

    FindingsSheet(List<Finding> findings, String table, String none, SheetRows rows) {
        this.findings = findings;
        this.table = table;
        this.none = none;
        this.rows = rows;
    }

    void write(SheetWriter sheet) {
        sheet.cap(0, 30);
        sheet.cap(4, 70);
        sheet.cap(6, 36);
        sheet.cap(7, 30);
        sheet.cap(8, 40);
        sheet.header(HEADERS);
        for (Finding f : findings) {
            sheet.row().text(f.id()).text(f.category().code()).text(f.severity().code()).decimal(f.salience())
                    .wrapped(f.statement()).text(f.subject()).list(f.forums()).list(f.actors()).list(f.meetings())
                    .text(f.rule()).text(f.period()).rowLink(first(f), WorkbookWriter.SHEETS.get(2),
                            rows.meetings().get(first(f)))
                    .rowLink(f.meetings().isEmpty() ? "" : "sources of " + first(f), WorkbookWriter.SHEETS.get(7),
                            rows.sources().get(first(f)));
        }
        sheet.freeze(1);
        sheet.table(table);
        if (findings.isEmpty()) {
            sheet.note(none);
        }
    }

    /** The finding's first meeting on the Meetings sheet, linked; empty for a finding about no meeting. */
    private String first(Finding f) {
        return f.meetings().stream().filter(rows.meetings()::containsKey).findFirst()
                .orElse(f.meetings().isEmpty() ? "" : f.meetings().get(0));
    }
}
