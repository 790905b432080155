package org.briefingengine.render.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A throwaway two-row workbook with a table, a colour scale, a link and a chart, written to nowhere: it loads and
 * initialises what every workbook needs (XML schemas, styles, the zip writer) so the real one need not.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run() throws IOException {
        try (Book book = new Book(Instant.EPOCH)) {
            SheetWriter sheet = book.sheet("Warm-up");
            sheet.header("Topic", "Meetings", "Day", "Link");
            sheet.row().text("topic").integer(1).day(LocalDate.EPOCH, book.styles.day).link("link", "https://example.org");
            sheet.table("WarmUp");
            sheet.colourScale(1, 1, 1, 1);
            Charts.line(sheet, new Charts.Box(0, 3, 4, 8), "Warm-up", List.of("topic"),
                    new CellRangeAddress(1, 1, 0, 0), List.of(new Charts.Series("Meetings",
                            new CellReference(sheet.name(), 0, 1, true, true), new Number[] {1},
                            new CellRangeAddress(1, 1, 1, 1))));
            book.write(OutputStream.nullOutputStream());
        }
    }
}
