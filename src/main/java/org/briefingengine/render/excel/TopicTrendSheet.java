package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.briefingengine.analysis.TopicTrendTable;

/**
 * The topic × period heat map: families in bold with their children indented below, a colour scale over the
 * counts, and a line chart of the family rows.
 */
final class TopicTrendSheet {

    /** More lines than this make a chart nobody can read; the table still has every family. */
    static final int MAX_CHART_SERIES = 10;
    private static final int FIRST_BUCKET_COLUMN = 2;

    private final TopicTrendTable trend;
    private final Directory directory;

    TopicTrendSheet(TopicTrendTable trend, Directory directory) {
        this.trend = trend;
        this.directory = directory;
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
        List<Integer> familyRows = new ArrayList<>();
        for (TopicTrendTable.Row row : trend.rows()) {
            RowWriter out = sheet.row();
            if (!row.child()) {
                familyRows.add(out.index());
            }
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
        chart(sheet, header, familyRows, lastBucket);
    }

    private void chart(SheetWriter sheet, int header, List<Integer> familyRows, int lastBucket) {
        List<TopicTrendTable.Row> families = trend.rows().stream().filter(r -> !r.child()).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -families.get(i).total()).thenComparing(i -> i));
        List<Charts.Series> series = new ArrayList<>();
        for (int i : order.subList(0, Math.min(MAX_CHART_SERIES, order.size()))) {
            TopicTrendTable.Row family = families.get(i);
            int row = familyRows.get(i);
            series.add(new Charts.Series(directory.topicLabel(family.topic()),
                    new CellReference(sheet.name(), row, 1, true, true),
                    family.counts().toArray(Integer[]::new),
                    new CellRangeAddress(row, row, FIRST_BUCKET_COLUMN, lastBucket)));
        }
        String title = families.size() > MAX_CHART_SERIES
                ? "Meetings per topic family (" + MAX_CHART_SERIES + " most frequent)" : "Meetings per topic family";
        int top = sheet.rowIndex() + 1;
        Charts.line(sheet, new Charts.Box(0, top, Math.max(10, lastBucket + 2), 22), title, trend.buckets(),
                new CellRangeAddress(header, header, FIRST_BUCKET_COLUMN, lastBucket), series);
    }
}
