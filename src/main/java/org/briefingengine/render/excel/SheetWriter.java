package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes one sheet top to bottom (streamed rows can only be appended) and remembers the widest value per column,
 * because auto-sizing a streamed sheet would need the rows that were already flushed.
 */
final class SheetWriter {

    /** Widest a text column gets, in characters; longer text wraps. */
    static final int WIDE = 60;
    /** Hyperlinks stay in memory until the workbook is written, so only this many per sheet are linked. */
    static final int MAX_LINKS = 5_000;

    private static final int HEADER_CHARS_FOR_FILTER_BUTTON = 3;
    /** Excel's limit for a table column name. */
    private static final int MAX_HEADER = 255;

    final Book book;
    final SXSSFSheet sheet;
    private final Map<Integer, Integer> widest = new HashMap<>();
    private final Map<Integer, Integer> caps = new HashMap<>();
    private final List<String> headers = new ArrayList<>();
    private int headerRow = -1;
    private int frozenHeader = -1;
    private int next;
    private int links;
    private int unlinked;

    SheetWriter(Book book, SXSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** The index the next row will get. */
    int rowIndex() {
        return next;
    }

    RowWriter row() {
        return new RowWriter(this, sheet.createRow(next++));
    }

    void skip(int rows) {
        next += rows;
    }

    void title(String text) {
        row().spill(text, book.styles.title);
    }

    void section(String text) {
        row().spill(text, book.styles.section);
    }

    void note(String text) {
        row().spill(text, book.styles.note);
    }

    /** Caps a column's width; text longer than the cap wraps when written with {@link RowWriter#wrapped}. */
    void cap(int column, int chars) {
        caps.put(column, chars);
    }

    int capOf(int column) {
        return caps.getOrDefault(column, WIDE);
    }

    /** Writes a header row starting in column A; {@link #table} and {@link #filter} then cover it. */
    int header(List<String> names) {
        headerRow = next;
        headers.clear();
        headers.addAll(headerCells(row(), 0, names));
        return headerRow;
    }

    int header(String... names) {
        return header(List.of(names));
    }

    /**
     * Writes header cells from a column on. Names are made usable as table column names: never empty, one line,
     * at most 255 characters, unique within the block (Excel repairs a table whose header cells and column names
     * differ).
     */
    List<String> headerCells(RowWriter row, int firstColumn, List<String> names) {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = SafeCells.clean(names.get(i)).replace('\n', ' ').replace('\t', ' ').strip();
            name = name.isEmpty() ? "Column " + (i + 1) : name.substring(0, Math.min(name.length(), MAX_HEADER));
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            clean.add(unique);
        }
        row.at(firstColumn);
        for (int i = 0; i < clean.size(); i++) {
            row.text(clean.get(i), book.styles.header);
            observe(firstColumn + i, clean.get(i).length() + HEADER_CHARS_FOR_FILTER_BUTTON);
        }
        headerRow = row.index();
        return clean;
    }

    /** Keeps the header row (and the first {@code columns} columns) in view while scrolling. */
    void freeze(int columns) {
        sheet.createFreezePane(columns, headerRow + 1);
        frozenHeader = headerRow;
    }

    /** An auto-filter over the last header and the rows written since. */
    void filter() {
        int last = Math.max(headerRow, next - 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, headers.size() - 1));
    }

    /** Makes the last header and the rows written since an Excel table, or a plain filter when no row was. */
    void table(String name) {
        if (next - 1 <= headerRow) {
            filter();
        } else {
            table(name, headerRow, 0, next - 1, headers);
        }
    }

    /** An Excel table (with its own filter buttons) over a header row and at least one data row below it. */
    void table(String name, int header, int firstColumn, int lastRow, List<String> names) {
        XSSFSheet xssf = book.workbook.getXSSFWorkbook().getSheet(name());
        AreaReference area = new AreaReference(new CellReference(header, firstColumn),
                new CellReference(lastRow, firstColumn + names.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = xssf.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        List<CTTableColumn> columns = ct.getTableColumns().getTableColumnList();
        for (int i = 0; i < columns.size(); i++) {
            // POI would read the names back from the header cells, which a streamed sheet no longer holds.
            columns.get(i).setName(names.get(i));
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
    }

    /** A colour scale over a block of counts, white for the lowest and deep orange for the highest. */
    void colourScale(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow >= firstRow && lastColumn >= firstColumn) {
            ColourScale.apply(sheet, new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    void observe(int column, int chars) {
        widest.merge(column, chars, Math::max);
    }

    boolean mayLink() {
        return links < MAX_LINKS;
    }

    void linked() {
        links++;
    }

    void unlinked() {
        unlinked++;
    }

    /** Web addresses left as plain text because the sheet already had {@link #MAX_LINKS} links. */
    int unlinkedCount() {
        return unlinked;
    }

    /**
     * Sets the column widths seen while writing, and a print layout (landscape, one page wide, header repeated)
     * so a printed or PDF-converted sheet is not cut into column strips.
     */
    void finish() {
        widest.forEach((column, chars) -> {
            int width = Math.max(6, Math.min(chars + 2, capOf(column)));
            sheet.setColumnWidth(column, width * 256);
        });
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        if (frozenHeader >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(frozenHeader, frozenHeader, -1, -1));
        }
    }
}
