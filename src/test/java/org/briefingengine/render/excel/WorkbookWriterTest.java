package org.briefingengine.render.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.render.excel.Workbooks.columnOf;
import static org.briefingengine.render.excel.Workbooks.rowWith;
import static org.briefingengine.render.excel.Workbooks.shown;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

class WorkbookWriterTest {

    @TempDir
    static Path dir;

    private static XSSFWorkbook quarter;

    @BeforeAll
    static void writeTheSampleQuarter() throws IOException {
        quarter = Workbooks.open(Workbooks.write(SampleReports.quarter2021Q4(), dir, "briefing-2021-Q4"));
    }

    @Test
    void sheetsComeInReadingOrder() {
        List<String> names = IntStream.range(0, quarter.getNumberOfSheets()).mapToObj(quarter::getSheetName).toList();

        assertThat(names).containsExactly("Summary", "Findings", "Meetings", "Topic trends", "Overlap", "Actors",
                "Co-chairs", "Sources", "Data quality", "Rule audit", "Trends (long)", "Meeting topics",
                "Meeting actors");
    }

    @Test
    void findingsLinkToTheirFirstMeetingAndItsSources() {
        Sheet findings = quarter.getSheet("Findings");
        int row = rowWith(findings, 0, "f-overlap-digital");

        org.apache.poi.ss.usermodel.Hyperlink meeting = findings.getRow(row).getCell(11).getHyperlink();
        org.apache.poi.ss.usermodel.Hyperlink sources = findings.getRow(row).getCell(12).getHyperlink();

        assertThat(shown(findings, row, 11)).isEqualTo("euohchr-2021-10-first-dialogue");
        assertThat(meeting.getAddress()).isEqualTo("'Meetings'!A2");
        assertThat(shown(quarter.getSheet("Meetings"), 1, 0)).isEqualTo("euohchr-2021-10-first-dialogue");
        assertThat(sources.getAddress()).isEqualTo("'Sources'!A2");
        assertThat(shown(quarter.getSheet("Sources"), 1, 0)).isEqualTo("euohchr-2021-10-first-dialogue");
    }

    @Test
    void longTablesGiveOneRowPerLinkWithARealDateAndItsPrecision_familyRowsMarked() {
        Sheet topics = quarter.getSheet("Meeting topics");
        Sheet actors = quarter.getSheet("Meeting actors");
        Sheet trends = quarter.getSheet("Trends (long)");

        assertThat(shown(topics, 0, 0)).isEqualTo("Meeting id");
        int ppf = rowWith(topics, 0, "ppf-2021-4th-edition");
        assertThat(topics.getRow(ppf).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(shown(topics, ppf, 3)).isEqualTo("day");
        int coarse = rowWith(topics, 0, "am-2021-02-ministerial");
        assertThat(topics.getRow(coarse).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(shown(topics, coarse, 3)).isEqualTo("year");
        assertThat(shown(actors, rowWith(actors, 5, "OHCHR"), 7)).isEqualTo("co-chair");
        assertThat(shown(trends, rowWith(trends, 0, "climate"), 3)).isEqualTo("family (counts its children)");
        assertThat(shown(trends, rowWith(trends, 0, "climate-security"), 3)).isEqualTo("child topic");
        assertThat(quarter.getSheet("Meeting topics").getTables()).hasSize(1);
    }

    @Test
    void everyDataSheetHasABoldFilledHeaderFrozenInView() {
        for (String name : List.of("Findings", "Meetings", "Topic trends", "Overlap", "Actors", "Co-chairs",
                "Sources", "Data quality", "Rule audit")) {
            Sheet sheet = quarter.getSheet(name);
            PaneInformation pane = sheet.getPaneInformation();
            XSSFCellStyle header = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();

            assertThat(pane).as(name).isNotNull();
            assertThat(pane.isFreezePane()).as(name).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(header.getFont().getBold()).as(name).isTrue();
            assertThat(header.getFillForegroundXSSFColor()).as(name).isNotNull();
        }
    }

    @Test
    void findingsHeaderAndRowsFollowRankOrder() {
        Sheet findings = quarter.getSheet("Findings");

        assertThat(IntStream.range(0, 11).mapToObj(c -> shown(findings, 0, c))).containsExactly("Id", "Category",
                "Severity", "Salience", "Statement", "Subject", "Forums", "Actors", "Meetings", "Rule", "Period");
        assertThat(shown(findings, 1, 0)).isEqualTo("f-overlap-digital");
        assertThat(findings.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(shown(findings, 1, 8)).isEqualTo("euohchr-2021-10-first-dialogue, ppf-2021-4th-edition");
        assertThat(findings.getLastRowNum()).isEqualTo(4);
    }

    @Test
    void tablesCoverTheRowSheetsAndNameTheirColumnsAfterTheHeaderCells() {
        for (String name : List.of("Findings", "Meetings", "Sources", "Rule audit", "Actors", "Data quality")) {
            XSSFSheet sheet = quarter.getSheet(name);
            assertThat(sheet.getTables()).as(name).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);

            assertThat(table.getStartCellReference().getRow()).as(name).isZero();
            assertThat(table.getEndCellReference().getRow()).as(name).isEqualTo(sheet.getLastRowNum());
            assertThat(table.getCTTable().getAutoFilter()).as(name).isNotNull();
            for (int c = 0; c < table.getColumnCount(); c++) {
                assertThat(table.getColumns().get(c).getName()).as(name).isEqualTo(shown(sheet, 0, c));
            }
        }
        assertThat(quarter.getSheet("Topic trends").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H5");
        assertThat(quarter.getSheet("Overlap").getTables()).extracting(XSSFTable::getName)
                .containsExactly("TopicForumCounts", "ForumSimilarity", "TopicReach");
    }

    @Test
    void meetingsSheetHasThePeriodsMeetingsThenTheCoarselyDatedOneMarked() {
        Sheet meetings = quarter.getSheet("Meetings");
        int dating = columnOf(meetings, 0, "Dating");

        assertThat(IntStream.rangeClosed(1, meetings.getLastRowNum()).mapToObj(r -> shown(meetings, r, 0)))
                .containsExactly("euohchr-2021-10-first-dialogue", "ppf-2021-4th-edition", "am-2021-02-ministerial");
        assertThat(shown(meetings, 1, dating)).isEqualTo("in period");
        assertThat(shown(meetings, 2, dating)).isEqualTo("in period");
        assertThat(shown(meetings, 3, dating)).isEqualTo("dated too coarsely for this period");
        assertThat(shown(meetings, 2, columnOf(meetings, 0, "Forum"))).isEqualTo("Paris Peace Forum");
        assertThat(shown(meetings, 2, columnOf(meetings, 0, "Precision"))).isEqualTo("day");
    }

    @Test
    void dayPrecisionDatesAreDateCellsAndAYearStaysText() {
        Sheet meetings = quarter.getSheet("Meetings");
        Cell start = meetings.getRow(2).getCell(columnOf(meetings, 0, "Start"));
        Cell end = meetings.getRow(2).getCell(columnOf(meetings, 0, "End"));
        Cell yearOnly = meetings.getRow(3).getCell(columnOf(meetings, 0, "Start"));

        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
        assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 11, 11));
        assertThat(shown(meetings, 2, start.getColumnIndex())).isEqualTo("2021-11-11");
        assertThat(end.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 11, 13));
        assertThat(yearOnly.getCellType()).isEqualTo(CellType.STRING);
        assertThat(yearOnly.getStringCellValue()).isEqualTo("2021");
    }

    @Test
    void arabicNamesHaveTheirOwnRightToLeftColumn() {
        Sheet actors = quarter.getSheet("Actors");
        int arabic = columnOf(actors, 0, "Arabic name");
        int france = rowWith(actors, 0, "FRA");
        XSSFCellStyle style = (XSSFCellStyle) actors.getRow(france).getCell(arabic).getCellStyle();

        assertThat(shown(actors, france, arabic)).isEqualTo("فرنسا");
        assertThat(shown(actors, france, columnOf(actors, 0, "English name"))).isEqualTo("France");
        assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
        assertThat(style.getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
    }

    @Test
    void aSourceQuoteThatLooksLikeAFormulaIsStoredAsText() {
        Sheet sources = quarter.getSheet("Sources");
        int quote = columnOf(sources, 0, "Quote");
        Cell cell = sources.getRow(rowWith(sources, 0, "euohchr-2021-10-first-dialogue")).getCell(quote);

        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK(");
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(formulaCells(quarter)).isEmpty();
    }

    @Test
    void arabicQuotesReadRightToLeftAndWebSourcesAreLinks() {
        Sheet sources = quarter.getSheet("Sources");
        int ppf = rowWith(sources, 0, "ppf-2021-4th-edition");
        int eu = rowWith(sources, 0, "euohchr-2021-10-first-dialogue");
        int citation = columnOf(sources, 0, "Document or URL");
        XSSFCellStyle arabicQuote = (XSSFCellStyle) sources.getRow(ppf).getCell(columnOf(sources, 0, "Quote"))
                .getCellStyle();

        assertThat(arabicQuote.getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
        assertThat(sources.getRow(eu).getCell(citation).getHyperlink().getAddress())
                .isEqualTo("https://example.org/eu-ohchr");
        assertThat(sources.getRow(ppf).getCell(citation).getHyperlink()).isNull();
        assertThat(shown(sources, ppf, citation)).isEqualTo("001_48a734985bc6856c.txt");
    }

    @Test
    void webSourcesBeyondTheLinkLimitStayPlainTextAndTheSheetSaysSo() throws IOException {
        int sources = SheetWriter.MAX_LINKS + 3;
        try (XSSFWorkbook book = Workbooks.open(Workbooks.write(TestReports.withWebSources(sources), dir, "links"))) {
            XSSFSheet sheet = book.getSheet("Sources");
            int last = rowWith(sheet, 3, "https://example.org/page/" + (sources - 1));

            // The EU–OHCHR meeting's own web source comes first and takes one of the links.
            assertThat(sheet.getHyperlinkList()).hasSize(SheetWriter.MAX_LINKS);
            assertThat(sheet.getRow(last).getCell(3).getHyperlink()).isNull();
            assertThat(rowWith(sheet, 0, "The first 5,000 web addresses are links; 4 more are plain text, to keep "
                    + "the workbook small enough to open.")).isGreaterThan(last);
        }
    }

    @Test
    void topicTrendsIsAHeatMapWithALineChartOfTheFamilies() {
        XSSFSheet trends = quarter.getSheet("Topic trends");
        int child = rowWith(trends, 0, "climate-security");

        assertThat(IntStream.range(0, 8).mapToObj(c -> shown(trends, 0, c))).containsExactly("Topic id", "Topic",
                "2020-Q4", "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "Total");
        assertThat(trends.getRow(child).getCell(1).getCellStyle().getIndention()).isPositive();
        assertThat(trends.getRow(child).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(trends.getRow(child).getCell(6).getNumericCellValue()).isEqualTo(1);
        assertThat(colourScales(trends)).isEqualTo(1);

        XSSFChart chart = onlyChart(trends);
        assertThat(chart.getChartSeries()).hasSize(1);
        assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        assertThat(plot.getLineChartArray(0).getSerList()).allSatisfy(ser -> {
            assertThat(explicitRgb(ser.getSpPr(), true)).isNotNull();
            assertThat(explicitRgb(ser.getMarker().getSpPr(), false)).isNotNull();
        });
    }

    @Test
    void overlapHasTheCountMatrixSimilaritiesAndABarChartOfForumsPerTopic() {
        XSSFSheet overlap = quarter.getSheet("Overlap");
        int digital = rowWith(overlap, 0, "digital-governance");
        int jaccard = columnOf(overlap, 0, "Jaccard");

        assertThat(shown(overlap, 0, 2)).isEqualTo("paris-peace-forum");
        assertThat(overlap.getRow(digital).getCell(2).getNumericCellValue()).isEqualTo(1);
        assertThat(overlap.getRow(1).getCell(jaccard).getNumericCellValue()).isEqualTo(0.75);
        assertThat(colourScales(overlap)).isEqualTo(1);

        XSSFChart chart = onlyChart(overlap);
        assertThat(chart.getChartSeries()).hasSize(1);
        assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
        assertThat(chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount()).isEqualTo(4);
        assertThat(explicitRgb(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getSpPr(), false))
                .isNotNull();
    }

    @Test
    void summarySaysWhatThePackCoversAndWhatItWasMadeFrom() {
        Sheet summary = quarter.getSheet("Summary");

        assertThat(shown(summary, 0, 0)).isEqualTo("Briefing 2021-Q4");
        assertThat(shown(summary, rowWith(summary, 0, "Classification"), 1)).isEqualTo("RESTRICTED");
        assertThat(shown(summary, rowWith(summary, 0, "Meetings in the period"), 1)).isEqualTo("2");
        assertThat(shown(summary, rowWith(summary, 0, "Findings: quality"), 1)).isEqualTo("1");
        assertThat(shown(summary, rowWith(summary, 0, "Generated at (UTC)"), 1)).isEqualTo("2026-11-23 06:00:00");
        assertThat(rowWith(summary, 5, "f-overlap-digital")).isPositive();
        assertThat(shown(summary, rowWith(summary, 0, "facts/forums.json"), 1)).isEqualTo("aa11");
        assertThat(shown(summary, rowWith(summary, 0, "rules/overlaps/topic-overlap.drl"), 1)).isEqualTo("bb22");
        assertThat(shown(summary, rowWith(summary, 0, "Facts hash (SHA-256)"), 1)).hasSize(64);
        assertThat(rowWith(summary, 0, SummarySheet.NO_MEETINGS)).isEqualTo(-1);
    }

    @Test
    void coChairPairsAreCountedBesideEachMeetingsCoChairs() {
        Sheet coChairs = quarter.getSheet("Co-chairs");
        int pair = columnOf(coChairs, 0, "Co-chair pair");

        assertThat(shown(coChairs, 1, pair)).isEqualTo("EU + OHCHR");
        assertThat(shown(coChairs, 1, columnOf(coChairs, 0, "Meetings together"))).isEqualTo("1");
        assertThat(shown(coChairs, 1, columnOf(coChairs, 0, "Finding"))).isEqualTo("f-cochair-eu-ohchr");
        assertThat(shown(coChairs, 2, columnOf(coChairs, 0, "Co-chair names"))).isEqualTo("France");
    }

    @Test
    void dataQualityAndRuleAuditCarryTheirRows() {
        Sheet quality = quarter.getSheet("Data quality");
        Sheet audit = quarter.getSheet("Rule audit");

        assertThat(shown(quality, 1, 0)).isEqualTo("f-quality-year-only");
        assertThat(quality.getLastRowNum()).isEqualTo(1);
        assertThat(IntStream.range(0, 9).mapToObj(c -> shown(audit, 0, c))).containsExactly("Rule", "File", "Line",
                "Category", "Severity", "Description", "Firings", "Findings", "Facts");
        assertThat(audit.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3);
    }

    @Test
    void bridgeActorsAreFlaggedAndHostileTextIsCleanedAndCut() throws IOException {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.write(TestReports.withBridgeAndHostileText(), dir,
                "hostile"))) {
            Sheet actors = book.getSheet("Actors");
            Sheet quality = book.getSheet("Data quality");
            Cell statement = quality.getRow(rowWith(quality, 0, "f-hostile")).getCell(4);
            Cell subject = quality.getRow(rowWith(quality, 0, "f-hostile")).getCell(5);

            assertThat(shown(actors, rowWith(actors, 0, "FRA"), columnOf(actors, 0, "Bridge finding")))
                    .isEqualTo("f-bridge-fra");
            assertThat(shown(actors, rowWith(actors, 0, "EU"), columnOf(actors, 0, "Bridge finding"))).isEmpty();
            assertThat(statement.getCellType()).isEqualTo(CellType.STRING);
            assertThat(statement.getStringCellValue()).startsWith("@SUM(A1:A9)\uFFFD bell").hasSize(32_767);
            assertThat(subject.getCellType()).isEqualTo(CellType.STRING);
            assertThat(subject.getStringCellValue()).isEqualTo("-1+2");
            assertThat(shown(quality, statement.getRowIndex(), 3)).isEqualTo("NaN");
            assertThat(formulaCells(book)).isEmpty();
        }
    }

    @Test
    void anEmptyPeriodStillGivesAWorkbookThatSaysNoMeetingsWereFound() throws IOException {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.write(SampleReports.emptyQuarter(), dir, "empty"))) {
            Sheet summary = book.getSheet("Summary");
            Sheet meetings = book.getSheet("Meetings");

            assertThat(book.getNumberOfSheets()).isEqualTo(13);
            assertThat(shown(book.getSheet("Meeting actors"), 0, 7)).isEqualTo("Role");
            assertThat(shown(book.getSheet("Meeting topics"), 0, 5)).isEqualTo("Topic id");
            assertThat(rowWith(summary, 0, "No meetings were found in this period.")).isPositive();
            assertThat(shown(summary, rowWith(summary, 0, "Meetings in the period"), 1)).isEqualTo("0");
            assertThat(shown(meetings, 1, 0)).isEqualTo("No meetings were found in this period.");
            assertThat(book.getSheet("Meetings").getTables()).isEmpty();
            assertThat(book.getSheet("Meetings").getCTWorksheet().getAutoFilter()).isNotNull();
            assertThat(rowWith(book.getSheet("Overlap"), 0, "No topic was raised in this period.")).isPositive();
            assertThat(book.getSheet("Overlap").getDrawingPatriarch()).isNull();
        }
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        assertThat(sheet.getDrawingPatriarch()).isNotNull();
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        return charts.get(0);
    }

    private static int colourScales(XSSFSheet sheet) {
        var formatting = sheet.getSheetConditionalFormatting();
        int scales = 0;
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            var rules = formatting.getConditionalFormattingAt(i);
            for (int r = 0; r < rules.getNumberOfRules(); r++) {
                if (rules.getRule(r).getConditionType() == ConditionType.COLOR_SCALE) {
                    scales++;
                }
            }
        }
        return scales;
    }

    /** The RGB a series is drawn in, from its line (or else its fill); null when left to the application. */
    private static byte[] explicitRgb(CTShapeProperties shape, boolean lineOnly) {
        if (shape == null) {
            return null;
        }
        if (shape.isSetLn() && shape.getLn().isSetSolidFill()) {
            return shape.getLn().getSolidFill().getSrgbClr().getVal();
        }
        return !lineOnly && shape.isSetSolidFill() ? shape.getSolidFill().getSrgbClr().getVal() : null;
    }

    private static List<String> formulaCells(XSSFWorkbook book) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
        return formulas;
    }
}
