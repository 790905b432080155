package org.briefingengine.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.briefingengine.analysis.TopicTrendTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Meetings per topic per bucket as small multiples: one small line chart per topic, all on the same scale, so no
 * line hides another. The topics drawn are those the findings are about (in rank order), then the busiest others,
 * {@code report.trendTopics} in all; the workbook charts the same topics.
 */
final class TrendChart {

    private static final Color LINE = new Color(0x1F, 0x3A, 0x5F);

    private TrendChart() {
    }

    /** One topic's small chart, its y axis running to {@code top} so every panel shares a scale. */
    static JFreeChart of(TopicTrendTable table, TopicTrendTable.Row row, Labels labels, int top) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < table.buckets().size(); i++) {
            data.addValue(row.counts().get(i), labels.topic(row.topic()), table.buckets().get(i));
        }
        JFreeChart chart = ChartFactory.createLineChart(labels.topic(row.topic()), null, null, data,
                PlotOrientation.VERTICAL, false, false, false);
        theme().apply(chart);
        style(chart, table.buckets().size(), top);
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

    private static void style(JFreeChart chart, int buckets, int top) {
        chart.setAntiAlias(true);
        chart.setBorderVisible(false);
        chart.getTitle().setFont(ChartFontMapper.awt(true, 8.5f));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setRange(0, Math.max(1, top) * 1.1);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryMargin(0.05);
        domain.setTickLabelFont(ChartFontMapper.awt(false, 5.5f));
        domain.setCategoryLabelPositions(buckets > 4 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.STANDARD);
        if (buckets > 12) {
            domain.setTickLabelsVisible(false);
        }
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(buckets <= 12);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(1.4f));
        renderer.setSeriesShape(0, marker());
    }

    private static Shape marker() {
        double r = 2.2;
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }
}
