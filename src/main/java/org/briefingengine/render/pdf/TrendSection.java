package org.briefingengine.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.TopicTrendTable;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** Topic frequency over time as a chart and a table, then the trend findings grouped by the rule that made them. */
final class TrendSection {

    static final String KEY = "trends";
    static final String TITLE = "Trends";
    private static final float CHART_HEIGHT = 250f;

    /** Rules shown first, in this order, when they fired; any other trend rule follows in rank order. */
    private static final List<String> PREFERRED = List.of("emerging-topic", "rising-topic", "persistent-topic",
            "fading-topic", "topic-frequency");

    private final Pack pack;

    TrendSection(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        TopicTrendTable trend = pack.report.trend();
        if (trend == null || trend.rows().isEmpty() || trend.buckets().isEmpty()) {
            pack.add(pack.blocks.note("No topic was raised at any meeting in the trend window."));
        } else {
            chart(trend);
            pack.add(table(trend));
        }
        findings();
    }

    private void chart(TopicTrendTable trend) {
        List<String> buckets = trend.buckets();
        pack.add(pack.blocks.text("Meetings that raised each topic family, " + buckets.get(0) + " to "
                + buckets.get(buckets.size() - 1) + " (a meeting tagged with a child topic counts for its family)."));
        if (TrendChart.drawn(trend).isEmpty()) {
            return;
        }
        float width = pack.document.right() - pack.document.left();
        pack.add(VectorChart.of(pack.writer, pack.blocks.fonts, TrendChart.of(trend, pack.labels), width,
                CHART_HEIGHT));
        long families = trend.rows().stream().filter(r -> !r.child() && r.total() > 0).count();
        if (families > TrendChart.MAX_SERIES) {
            pack.add(pack.blocks.note("The chart shows the " + TrendChart.MAX_SERIES + " busiest of " + families
                    + " topic families; the table below lists every topic."));
        }
    }

    private PdfPTable table(TopicTrendTable trend) {
        Blocks blocks = pack.blocks;
        int n = trend.buckets().size();
        float[] widths = new float[n + 1];
        widths[0] = Math.max(2.6f, n * 0.3f);
        Arrays.fill(widths, 1, n + 1, 1f);
        PdfPTable table = blocks.table(widths);
        table.addCell(blocks.head("Topic"));
        Font bucketFont = blocks.fonts.sansBold(n > 8 ? 6.5f : 7f);
        trend.buckets().forEach(b -> table.addCell(blocks.head(b, bucketFont)));
        table.setHeaderRows(1);
        for (TopicTrendTable.Row row : trend.rows()) {
            PdfPCell topic = blocks.cell(pack.labels.topic(row.topic()), row.child() ? blocks.small : blocks.bold);
            if (row.child()) {
                topic.setPaddingLeft(14f);
            }
            table.addCell(topic);
            // Zeros in grey, so the periods in which a topic came up stand out; child rows in smaller type.
            Font count = row.child() ? blocks.small : blocks.body;
            Font zero = row.child() ? blocks.muted : blocks.faint;
            row.counts().forEach(c -> table.addCell(blocks.number(c, c == 0 ? zero : count)));
        }
        return table;
    }

    private void findings() {
        Map<String, List<Finding>> byRule = grouped(pack.report.findingsIn(Category.TREND));
        if (byRule.isEmpty()) {
            pack.subheading("Trend findings");
            pack.add(pack.blocks.note("No trend rule fired for " + pack.period() + "."));
            return;
        }
        byRule.forEach((rule, findings) -> {
            pack.subheading(Labels.ruleTitle(rule) + " (" + findings.size() + ")");
            pack.add(FindingTable.of(pack, findings));
        });
    }

    /** Findings by rule name: the preferred rules first, then the others in the order their first finding ranks. */
    static Map<String, List<Finding>> grouped(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        PREFERRED.forEach(rule -> byRule.put(rule, new ArrayList<>()));
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        byRule.values().removeIf(List::isEmpty);
        return byRule;
    }
}
