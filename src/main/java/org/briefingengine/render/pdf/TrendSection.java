package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.ChartedTopics;
import org.briefingengine.analysis.TopicTrendTable;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** Topic frequency over time as a chart and a table, then the trend findings grouped by the rule that made them. */
final class TrendSection {

    static final String KEY = "trends";
    static final String TITLE = "Trends";
    private static final float CHART_HEIGHT = 100f;

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
            pack.add(pack.blocks.note("The workbook's Topic trends sheet has the counts behind these charts for all "
                    + Words.count(trend.rows().size(), "topic") + ", period by period."));
        }
        findings();
    }

    private void chart(TopicTrendTable trend) {
        List<String> buckets = trend.buckets();
        List<TopicTrendTable.Row> drawn = ChartedTopics.select(trend, pack.report.findings(),
                pack.options().trendTopics());
        pack.add(pack.blocks.text("Meetings that raised each topic, " + buckets.get(0) + " to "
                + buckets.get(buckets.size() - 1) + ": " + Words.count(drawn.size(), "topic") + ", those the "
                + "findings are about first, then the busiest, each on the same scale (a family counts its child "
                + "topics). The workbook charts the same topics."));
        if (drawn.isEmpty()) {
            return;
        }
        int top = drawn.stream().flatMap(r -> r.counts().stream()).mapToInt(Integer::intValue).max().orElse(1);
        int columns = 3;
        PdfPTable grid = new PdfPTable(columns);
        grid.setWidthPercentage(100);
        float width = (pack.document.right() - pack.document.left()) / columns - 4;
        for (TopicTrendTable.Row row : drawn) {
            PdfPCell cell = new PdfPCell(VectorChart.of(pack.writer, pack.blocks.fonts,
                    TrendChart.of(trend, row, pack.labels, top), width, CHART_HEIGHT), true);
            grid.addCell(Blocks.bare(cell));
        }
        grid.completeRow();
        grid.setSpacingAfter(6);
        pack.add(grid);
    }

    private void findings() {
        Map<String, List<Finding>> byRule = grouped(pack.report.findingsIn(Category.TREND));
        if (byRule.isEmpty()) {
            pack.add(pack.blocks.note("No trend rule fired for " + pack.period() + "."));
            return;
        }
        byRule.forEach((rule, findings) -> pack.findingGroup(rule, findings, shown -> FindingTable.of(pack, shown)));
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
