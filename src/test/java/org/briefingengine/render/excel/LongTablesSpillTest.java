package org.briefingengine.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.analysis.BriefingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long table larger than a sheet goes on to numbered sheets, each with the header and a table of its own. */
class LongTablesSpillTest {

    private static final int ROWS_PER_SHEET = 4;

    @Test
    void meetingActors_overAFullSheet_goOnToNumberedSheets_withEveryRowOnce(@TempDir Path dir) throws Exception {
        BriefingReport report = TestReports.withBridgeAndHostileText();
        Path file = dir.resolve("spill.xlsx");
        try (Book book = new Book(report.generatedAt()); OutputStream out = Files.newOutputStream(file)) {
            new LongTables(report, new Directory(report.facts()), ROWS_PER_SHEET)
                    .meetingActors(book.sheet("Meeting actors"));
            book.write(out);
        }

        List<String> rows = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (XSSFWorkbook book = Workbooks.open(file)) {
            assertThat(book.getNumberOfSheets()).isGreaterThan(1);
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                assertThat(sheet.getSheetName()).isEqualTo(s == 0 ? "Meeting actors" : "Meeting actors (" + (s + 1) + ")");
                assertThat(Workbooks.shown(sheet, 0, 0)).isEqualTo("Meeting id");
                assertThat(sheet.getLastRowNum()).isLessThan(ROWS_PER_SHEET);
                sheet.getTables().forEach(t -> tables.add(t.getName()));
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    rows.add(Workbooks.shown(sheet, r, 0) + " " + Workbooks.shown(sheet, r, 5));
                }
            }
            assertThat(tables).hasSize(book.getNumberOfSheets()).startsWith("MeetingActors", "MeetingActors2");
        }
        assertThat(rows).hasSize(links(report)).doesNotHaveDuplicates();
    }

    private static int links(BriefingReport report) {
        return java.util.stream.Stream.concat(report.meetings().stream(), report.imprecise().stream())
                .mapToInt(m -> (int) java.util.stream.Stream.of(m.coChairs(), m.hosts(), m.participants(), m.people())
                        .flatMap(List::stream).distinct().count()).sum();
    }

}
