package org.briefingengine.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.testing.SeedReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook analysts will open, made by the real pipeline from the seed facts and shipped rules. */
class SeedWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void quarterWorkbook_meetingsSheetHasExactlyTheTwoMeetingsOfTheQuarter() throws Exception {
        Path file = Workbooks.write(SeedReports.of("2021-Q4"), temp, "q4");

        try (XSSFWorkbook book = Workbooks.open(file)) {
            Sheet meetings = book.getSheet("Meetings");
            int idColumn = Workbooks.columnOf(meetings, 0, "Meeting id");
            List<String> placed = new ArrayList<>();
            for (int row = 1; row <= meetings.getLastRowNum(); row++) {
                String id = Workbooks.shown(meetings, row, idColumn);
                String dating = Workbooks.shown(meetings, row, Workbooks.columnOf(meetings, 0, "Dating"));
                if (!id.isEmpty() && !dating.toLowerCase().contains("coarse")) {
                    placed.add(id);
                }
            }
            assertThat(placed).containsExactlyInAnyOrder("ppf-2021-4th-edition", "euohchr-2021-10-first-dialogue");
        }
    }

    @Test
    void quarterWorkbook_findingsSheetCarriesTheOverlapsOfThePeriod() throws Exception {
        Path file = Workbooks.write(SeedReports.of("2021-Q4"), temp, "q4");

        try (XSSFWorkbook book = Workbooks.open(file)) {
            Sheet findings = book.getSheet("Findings");
            int statement = Workbooks.columnOf(findings, 0, "Statement");
            List<String> statements = new ArrayList<>();
            for (int row = 1; row <= findings.getLastRowNum(); row++) {
                statements.add(Workbooks.shown(findings, row, statement));
            }
            assertThat(statements)
                    .anyMatch(s -> s.startsWith("The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared five "
                            + "themes in the fourth quarter of 2021 (two meetings): civic space; climate; digital "
                            + "governance; inclusion and inequality; and multilateralism and rules-based order."))
                    .anyMatch(s -> s.startsWith("A new channel: the EU–OHCHR Strategic Dialogue met for the first time"))
                    .noneMatch(s -> s.contains("(s)") || s.contains("2021-Q4"));
        }
    }
}
