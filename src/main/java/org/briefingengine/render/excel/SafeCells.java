package org.briefingengine.render.excel;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;

/**
 * The one place where values enter cells. Text from sources is hostile by assumption: it is always written as a
 * string (never {@code setCellFormula}), a leading {@code = + - @} gets Excel's quote prefix, characters XML
 * cannot carry are replaced, and over-long text is cut to Excel's 32,767-character limit instead of failing.
 */
final class SafeCells {

    /** Excel refuses longer cell text; POI throws on it. */
    static final int MAX_TEXT = 32_767;

    private static final String CUT = "…";

    private final Styles styles;

    SafeCells(Styles styles) {
        this.styles = styles;
    }

    /** Writes the text as a string cell and returns it as written. */
    String text(Cell cell, String value, CellStyle style) {
        String clean = clean(value);
        cell.setCellValue(clean);
        cell.setCellStyle(looksLikeFormula(clean) ? styles.quoted(style) : style);
        return clean;
    }

    /** A number cell; NaN and infinities, which a sheet's XML cannot hold, are written as text instead. */
    void number(Cell cell, double value, CellStyle style) {
        if (!Double.isFinite(value)) {
            text(cell, Double.toString(value), styles.text);
            return;
        }
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void date(Cell cell, LocalDate value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void timestamp(Cell cell, LocalDateTime value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Writes the text and, when the target (or else the text itself) is a well-formed http(s) URL, makes the cell
     * a hyperlink to it. Returns whether a link was made.
     */
    boolean link(Cell cell, String text, String target, boolean allowLink) {
        String clean = clean(text);
        String address = isWebLink(clean(target)) ? clean(target) : clean;
        if (!allowLink || !isWebLink(address)) {
            text(cell, clean, styles.text);
            return false;
        }
        text(cell, clean, styles.link);
        Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        cell.setHyperlink(link);
        return true;
    }

    /** A link to a cell of another sheet of this workbook, e.g. the row of a meeting on the Meetings sheet. */
    void documentLink(Cell cell, String text, String sheet, int row) {
        text(cell, clean(text), styles.link);
        Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheet.replace("'", "''") + "'!A" + (row + 1));
        cell.setHyperlink(link);
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    static boolean isWebLink(String value) {
        if (value.length() > 2000 || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Null becomes empty; control characters and lone surrogates (invalid in XML) become U+FFFD. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int first = firstUnsafe(value);
        if (first < 0) {
            return cut(value);
        }
        StringBuilder out = new StringBuilder(value.length()).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (pairStartsAt(value, i)) {
                out.append(c).append(value.charAt(++i));
            } else if (unsafe(c)) {
                out.append(c == '\r' ? "" : "\uFFFD");
            } else {
                out.append(c);
            }
        }
        return cut(out.toString());
    }

    /** Index of the first character XML cannot carry (or a carriage return), or -1. */
    private static int firstUnsafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (pairStartsAt(value, i)) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean pairStartsAt(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    private static boolean unsafe(char c) {
        return Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF;
    }

    private static String cut(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        int end = MAX_TEXT - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + CUT;
    }
}
