package org.briefingengine.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import org.briefingengine.analysis.TopicTrendTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Meetings per topic family per bucket as a line chart. Only the busiest families are drawn, each with its own
 * dash and marker as well as colour, so the lines stay apart when printed in grey; the table lists every topic.
 */
final class TrendChart {

    static final int MAX_SERIES = 8;

    private static final Color[] COLOURS = {
        new Color(0x1F, 0x3A, 0x5F), new Color(0xC0, 0x50, 0x20), new Color(0x2E, 0x7D, 0x32),
        new Color(0x7B, 0x1F, 0xA2), new Color(0x80, 0x80, 0x80), new Color(0x00, 0x83, 0x8F),
        new Color(0x8D, 0x6E, 0x00), new Color(0x00, 0x00, 0x00)};
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, null, {4f, 4f},
        {1f, 3f}, {10f, 4f}};

    private TrendChart() {
    }

    /** The family rows the chart draws: those with meetings, busiest first (ties in table order), at most eight. */
    static List<TopicTrendTable.Row> drawn(TopicTrendTable table) {
        List<TopicTrendTable.Row> families = table.rows().stream().filter(r -> !r.child() && r.total() > 0).toList();
        return families.stream()
                .sorted(Comparator.comparingInt(TopicTrendTable.Row::total).reversed()
                        .thenComparingInt(families::indexOf))
                .limit(MAX_SERIES).toList();
    }

    static JFreeChart of(TopicTrendTable table, Labels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TopicTrendTable.Row row : drawn(table)) {
            for (int i = 0; i < table.buckets().size(); i++) {
                data.addValue(row.counts().get(i), labels.topic(row.topic()), table.buckets().get(i));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "Meetings", data, PlotOrientation.VERTICAL,
                true, false, false);
        theme().apply(chart);
        style(chart, table.buckets().size());
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("briefing-pack");
        theme.setExtraLargeFont(ChartFontMapper.awt(true, 12));
        theme.setLargeFont(ChartFontMapper.awt(true, 9));
        theme.setRegularFont(ChartFontMapper.awt(false, 8));
        theme.setSmallFont(ChartFontMapper.awt(false, 7.5f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        theme.setDomainGridlinePaint(new Color(0xE6, 0xE6, 0xE6));
        theme.setAxisLabelPaint(Palette.INK);
        theme.setTickLabelPaint(Palette.INK);
        theme.setLegendItemPaint(Palette.INK);
        theme.setShadowVisible(false);
        return theme;
    }

    private static void style(JFreeChart chart, int buckets) {
        chart.setAntiAlias(true);
        chart.setBorderVisible(false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setLowerBound(0);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryMargin(0.05);
        if (buckets > 8) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < plot.getDataset().getRowCount(); s++) {
            int k = s % COLOURS.length;
            renderer.setSeriesPaint(s, COLOURS[k]);
            renderer.setSeriesStroke(s, DASHES[k] == null ? new BasicStroke(1.6f)
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASHES[k], 0f));
            renderer.setSeriesShape(s, marker(s));
            renderer.setSeriesShapesFilled(s, s < 4);
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
    }

    /** Circle, square, triangle, diamond, filled then hollow: shape tells series apart where colour cannot. */
    private static Shape marker(int series) {
        double r = 3.2;
        return switch (series % 4) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
            case 2 -> polygon(new double[] {0, r, -r}, new double[] {-r, r, r});
            default -> polygon(new double[] {0, r, 0, -r}, new double[] {-r, 0, r, 0});
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        return path;
    }
}
