package org.briefingengine.render.excel;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's cell styles, created once: a workbook holds at most 64,000 styles, so sheets share these
 * instead of creating their own per cell.
 */
final class Styles {

    final XSSFCellStyle header;
    final XSSFCellStyle title;
    final XSSFCellStyle section;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle note;
    final XSSFCellStyle marker;
    final XSSFCellStyle integer;
    final XSSFCellStyle decimal;
    final XSSFCellStyle day;
    final XSSFCellStyle month;
    final XSSFCellStyle timestamp;
    /** Left-aligned, for a value beside its label rather than in a column of figures. */
    final XSSFCellStyle valueInteger;
    final XSSFCellStyle valueDay;
    final XSSFCellStyle valueTimestamp;
    final XSSFCellStyle rightToLeft;
    final XSSFCellStyle rightToLeftWrapped;
    final XSSFCellStyle link;
    final XSSFCellStyle childTopic;
    final XSSFCellStyle familyTopic;

    private final SXSSFWorkbook workbook;
    // By identity: XSSFCellStyle.hashCode serialises its XML, far too slow per cell.
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    Styles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = font(false, false);
        bold.setBold(true);
        header = style();
        header.setFont(bold);
        header.setFillForegroundColor(colour(0xD9, 0xE2, 0xF3));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        XSSFFont big = font(false, false);
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = style();
        title.setFont(big);
        XSSFFont sectionFont = font(false, false);
        sectionFont.setBold(true);
        sectionFont.setFontHeightInPoints((short) 12);
        section = style();
        section.setFont(sectionFont);
        label = style();
        label.setFont(bold);
        text = style();
        wrapped = style();
        wrapped.setWrapText(true);
        note = style();
        note.setFont(font(true, false));
        marker = style();
        marker.setFillForegroundColor(colour(0xFC, 0xE4, 0xD6));
        marker.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        marker.setWrapText(true);
        integer = right(numeric("0"));
        decimal = right(numeric("0.00"));
        day = right(numeric("yyyy-mm-dd"));
        month = right(numeric("yyyy-mm"));
        timestamp = right(numeric("yyyy-mm-dd hh:mm:ss"));
        valueInteger = left(numeric("0"));
        valueDay = left(numeric("yyyy-mm-dd"));
        valueTimestamp = left(numeric("yyyy-mm-dd hh:mm:ss"));
        rightToLeft = rtl(false);
        rightToLeftWrapped = rtl(true);
        link = style();
        link.setFont(font(false, true));
        childTopic = style();
        // Excel ignores an indent under "general" alignment.
        childTopic.setAlignment(HorizontalAlignment.LEFT);
        childTopic.setIndention((short) 2);
        familyTopic = style();
        familyTopic.setFont(bold);
    }

    /**
     * The same style with Excel's quote prefix set, so a text that looks like a formula stays text even when a
     * user edits the cell and presses Enter.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            XSSFCellStyle copy = style();
            copy.cloneStyleFrom(b);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    private XSSFCellStyle rtl(boolean wrap) {
        XSSFCellStyle style = style();
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
        // Keeps right-aligned Arabic from touching the left-aligned text of the next column.
        style.setIndention((short) 1);
        style.setWrapText(wrap);
        return style;
    }

    /** Right-aligned with a one-character indent, so a figure does not run into the text of the next column. */
    private static XSSFCellStyle right(XSSFCellStyle style) {
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setIndention((short) 1);
        return style;
    }

    private static XSSFCellStyle left(XSSFCellStyle style) {
        style.setAlignment(HorizontalAlignment.LEFT);
        return style;
    }

    private XSSFCellStyle numeric(String format) {
        XSSFCellStyle style = style();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private XSSFCellStyle style() {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFFont font(boolean italic, boolean underline) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setItalic(italic);
        if (underline) {
            font.setUnderline(XSSFFont.U_SINGLE);
            font.setColor(colour(0x05, 0x63, 0xC1));
        }
        return font;
    }

    private static XSSFColor colour(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, new DefaultIndexedColorMap());
    }
}
