package org.briefingengine.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.analysis.BriefingReport;

/** Writes a report to a file as the pipeline would and reads it back with the non-streaming API. */
final class Workbooks {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Workbooks() {
    }

    static Path write(BriefingReport report, Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookWriter().write(report, out);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The cell as Excel would show it; empty for a missing cell. */
    static String shown(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? "" : FORMATTER.formatCellValue(c);
    }

    /** Index of the first row whose cell in the column shows the text, or -1. */
    static int rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (shown(sheet, row.getRowNum(), column).equals(text)) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /** Index of the column whose cell in the row shows the text, or -1. */
    static int columnOf(Sheet sheet, int row, String text) {
        Row r = sheet.getRow(row);
        for (int c = 0; r != null && c < r.getLastCellNum(); c++) {
            if (shown(sheet, row, c).equals(text)) {
                return c;
            }
        }
        return -1;
    }
}
