package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.briefingengine.analysis.ChartedTopics;
import org.briefingengine.analysis.TopicTrendTable;
import org.briefingengine.model.Finding;

/**
 * The topic × period heat map: families in bold with their children indented below, a colour scale over the
 * counts, and a line chart of the family rows.
 */
final class TopicTrendSheet {

    private static final int FIRST_BUCKET_COLUMN = 2;

    private final TopicTrendTable trend;
    private final Directory directory;
    private final List<Finding> findings;
    private final int topics;

    TopicTrendSheet(TopicTrendTable trend, Directory directory, List<Finding> findings, int topics) {
        this.trend = trend;
        this.directory = directory;
        this.findings = findings;
        this.topics = topics;
    }

    void write(SheetWriter sheet) {
        if (trend == null || trend.rows().isEmpty() || trend.buckets().isEmpty()) {
            sheet.header("Topic id", "Topic");
            sheet.note("No topic counts for this period.");
            return;
        }
        List<String> headers = new ArrayList<>(List.of("Topic id", "Topic"));
        headers.addAll(trend.buckets());
        headers.add("Total");
        int header = sheet.header(headers);
        Map<String, Integer> rowOf = new HashMap<>();
        for (TopicTrendTable.Row row : trend.rows()) {
            RowWriter out = sheet.row();
            rowOf.put(row.topic(), out.index());
            out.text(row.topic()).text(directory.topicLabel(row.topic()),
                    row.child() ? sheet.book.styles.childTopic : sheet.book.styles.familyTopic);
            row.counts().forEach(out::integer);
            out.integer(row.total());
        }
        int lastBucket = FIRST_BUCKET_COLUMN + trend.buckets().size() - 1;
        sheet.colourScale(header + 1, sheet.rowIndex() - 1, FIRST_BUCKET_COLUMN, lastBucket);
        sheet.freeze(2);
        sheet.filter();
        sheet.skip(1);
        sheet.note("Children are indented under their family; a meeting tagged with a child also counts for its "
                + "family. Colours run from white (fewest meetings) to orange (most).");
        chart(sheet, header, rowOf, lastBucket);
    }

    /** The same topics the PDF charts (ChartedTopics), one line each. */
    private void chart(SheetWriter sheet, int header, Map<String, Integer> rowOf, int lastBucket) {
        List<TopicTrendTable.Row> charted = ChartedTopics.select(trend, findings, topics);
        List<Charts.Series> series = new ArrayList<>();
        for (TopicTrendTable.Row topic : charted) {
            int row = rowOf.get(topic.topic());
            series.add(new Charts.Series(directory.topicLabel(topic.topic()),
                    new CellReference(sheet.name(), row, 1, true, true),
                    topic.counts().toArray(Integer[]::new),
                    new CellRangeAddress(row, row, FIRST_BUCKET_COLUMN, lastBucket)));
        }
        String title = "Meetings per topic: the " + charted.size() + " topics the findings are about first";
        int top = sheet.rowIndex() + 1;
        Charts.line(sheet, new Charts.Box(0, top, Math.max(10, lastBucket + 2), 22), title, trend.buckets(),
                new CellRangeAddress(header, header, FIRST_BUCKET_COLUMN, lastBucket), series);
    }
}
