package org.briefingengine.render.excel;

import java.util.List;
import org.briefingengine.model.Finding;

/** One row per finding, in rank order, with the ids of the facts behind it; also used for the quality annex. */
final class FindingsSheet {

    private static final List<String> HEADERS = List.of("Id", "Category", "Severity", "Salience", "Statement",
            "Subject", "Forums", "Actors", "Meetings", "Rule", "Period");

    private final List<Finding> findings;
    private final String table;
    private final String none;

    FindingsSheet(List<Finding> findings, String table, String none) {
        this.findings = findings;
        this.table = table;
        this.none = none;
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
                    .text(f.rule()).text(f.period());
        }
        sheet.freeze(1);
        sheet.table(table);
        if (findings.isEmpty()) {
            sheet.note(none);
        }
    }
}
