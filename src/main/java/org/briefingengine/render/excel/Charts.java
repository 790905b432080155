package org.briefingengine.render.excel;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel charts over cells already written. Values are passed in as well as referenced, because a
 * streamed sheet can no longer read its flushed cells to fill the chart's cache. Every series gets explicit
 * colours: without them LibreOffice draws the series invisible or all alike.
 */
final class Charts {

    // Marker size is left at its default: poi-ooxml-lite lacks the schema type for it.

    /** Tableau 10: distinct, colour-blind-friendlier hues that print legibly. */
    private static final String[] PALETTE = {"4E79A7", "F28E2B", "E15759", "76B7B2", "59A14F", "EDC948", "B07AA1",
            "FF9DA7", "9C755F", "BAB0AC", "1F3A5F", "8CD17D"};

    private static final MarkerStyle[] MARKERS = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
            MarkerStyle.DIAMOND, MarkerStyle.X, MarkerStyle.STAR, MarkerStyle.PLUS, MarkerStyle.DASH};

    private static final int ROWS_BEFORE_PAGE_BREAK = 15;

    private Charts() {
    }

    /** Where a chart sits, in cells. */
    record Box(int column, int row, int columns, int rows) {
    }

    /** One series: its name (and the cell holding it), its values and the cells holding them. */
    record Series(String title, CellReference titleCell, Number[] values, CellRangeAddress cells) {
    }

    static XSSFChart line(SheetWriter sheet, Box box, String title, List<String> categories,
                          CellRangeAddress categoryCells, List<Series> series) {
        XSSFChart chart = chart(sheet, box, title);
        XDDFLineChartData data = (XDDFLineChartData) countsByCategory(chart, ChartTypes.LINE, series);
        XDDFCategoryDataSource cats = categories(sheet, categories, categoryCells);
        for (int i = 0; i < series.size(); i++) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) add(sheet, data, cats, series.get(i));
            line.setSmooth(false);
            // Distinct marker shapes keep series apart where their lines coincide.
            line.setMarkerStyle(MARKERS[i % MARKERS.length]);
            line.setShapeProperties(lineShape(PALETTE[i % PALETTE.length]));
            line.getCTLineSer().getMarker().setSpPr(fillShape(PALETTE[i % PALETTE.length]).getXmlObject());
        }
        chart.plot(data);
        dropLegendForOneSeries(chart, series);
        return chart;
    }

    static XSSFChart bar(SheetWriter sheet, Box box, String title, List<String> categories,
                         CellRangeAddress categoryCells, List<Series> series) {
        XSSFChart chart = chart(sheet, box, title);
        XDDFBarChartData data = (XDDFBarChartData) countsByCategory(chart, ChartTypes.BAR, series);
        data.setBarDirection(BarDirection.COL);
        XDDFCategoryDataSource cats = categories(sheet, categories, categoryCells);
        for (int i = 0; i < series.size(); i++) {
            add(sheet, data, cats, series.get(i)).setShapeProperties(fillShape(PALETTE[i % PALETTE.length]));
        }
        chart.plot(data);
        dropLegendForOneSeries(chart, series);
        return chart;
    }

    /** Categories along the bottom, counts up the left, one colour per series. */
    private static XDDFChartData countsByCategory(XSSFChart chart, ChartTypes type, List<Series> series) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = countAxis(chart, AxisPosition.LEFT, series);
        XDDFChartData data = chart.createData(type, x, y);
        data.setVaryColors(false);
        return data;
    }

    /** A legend naming the only series repeats the title and takes a fifth of the width. */
    private static void dropLegendForOneSeries(XSSFChart chart, List<Series> series) {
        if (series.size() == 1) {
            chart.deleteLegend();
        }
    }

    private static XSSFChart chart(SheetWriter sheet, Box box, String title) {
        if (box.row() > ROWS_BEFORE_PAGE_BREAK) {
            // Below a long table the chart would be cut across two printed pages; start it on a new one.
            sheet.sheet.setRowBreak(box.row() - 1);
        }
        XSSFDrawing drawing = sheet.book.workbook.getXSSFWorkbook().getSheet(sheet.name()).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, box.column(), box.row(),
                box.column() + box.columns(), box.row() + box.rows()));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        return chart;
    }

    /** Counts are whole numbers: start at zero and never show 0.5 meetings on the axis. */
    private static XDDFValueAxis countAxis(XSSFChart chart, AxisPosition position, List<Series> series) {
        XDDFValueAxis axis = chart.createValueAxis(position);
        double max = series.stream().flatMap(s -> Arrays.stream(s.values()))
                .mapToDouble(Number::doubleValue).max().orElse(1);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setMinimum(0);
        axis.setMajorUnit(Math.max(1, Math.ceil(max / 8)));
        axis.setNumberFormat("0");
        return axis;
    }

    private static XDDFCategoryDataSource categories(SheetWriter sheet, List<String> names, CellRangeAddress cells) {
        return XDDFDataSourcesFactory.fromArray(names.stream().map(SafeCells::clean).toArray(String[]::new),
                cells.formatAsString(sheet.name(), true));
    }

    private static XDDFChartData.Series add(SheetWriter sheet, XDDFChartData data, XDDFCategoryDataSource cats,
                                            Series series) {
        XDDFChartData.Series added = data.addSeries(cats,
                XDDFDataSourcesFactory.fromArray(series.values(), series.cells().formatAsString(sheet.name(), true)));
        added.setTitle(SafeCells.clean(series.title()), series.titleCell());
        return added;
    }

    private static XDDFShapeProperties lineShape(String rgb) {
        XDDFLineProperties line = new XDDFLineProperties(solid(rgb));
        line.setWidth(2.0);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }

    private static XDDFShapeProperties fillShape(String rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(rgb));
        shape.setLineProperties(new XDDFLineProperties(solid(rgb)));
        return shape;
    }

    private static XDDFSolidFillProperties solid(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb)));
    }
}
