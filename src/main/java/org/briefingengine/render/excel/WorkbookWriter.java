package org.briefingengine.render.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Category;
import org.briefingengine.render.ReportWriter;

/** Writes a briefing report as an Excel workbook: one sheet per section, streamed so large periods fit. */
public final class WorkbookWriter implements ReportWriter {

    /** The sheets, in the order a reader meets them. */
    public static final List<String> SHEETS = List.of("Summary", "Findings", "Meetings", "Topic trends", "Overlap",
            "Actors", "Co-chairs", "Sources", "Data quality", "Rule audit", "Trends (long)", "Meeting topics",
            "Meeting actors");

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void warmUp() throws IOException {
        WarmUp.run();
    }

    @Override
    public void write(BriefingReport report, OutputStream out) throws IOException {
        Directory directory = new Directory(report.facts());
        try (Book book = new Book(report.generatedAt())) {
            DocumentProperties.apply(book.workbook.getXSSFWorkbook().getProperties(), report);
            new SummarySheet(report).write(book.sheet(SHEETS.get(0)));
            SheetRows rows = SheetRows.of(report);
            new FindingsSheet(report.findings(), "Findings", "No findings in this period.", rows)
                    .write(book.sheet(SHEETS.get(1)));
            new MeetingsSheet(report, directory).write(book.sheet(SHEETS.get(2)));
            new TopicTrendSheet(report.trend(), directory, report.findings(), report.options().trendTopics()).write(book.sheet(SHEETS.get(3)));
            new OverlapSheet(report.overlap(), directory).write(book.sheet(SHEETS.get(4)));
            new ActorsSheet(report, directory).write(book.sheet(SHEETS.get(5)));
            new CoChairsSheet(report, directory).write(book.sheet(SHEETS.get(6)));
            new SourcesSheet(report).write(book.sheet(SHEETS.get(7)));
            new FindingsSheet(report.findingsIn(Category.QUALITY), "DataQuality",
                    "No data-quality findings in this period.", rows).write(book.sheet(SHEETS.get(8)));
            new RuleAuditSheet(report.audit()).write(book.sheet(SHEETS.get(9)));
            LongTables longTables = new LongTables(report, directory);
            longTables.trends(book.sheet(SHEETS.get(10)));
            longTables.meetingTopics(book.sheet(SHEETS.get(11)));
            longTables.meetingActors(book.sheet(SHEETS.get(12)));
            book.write(out);
        }
    }
}
