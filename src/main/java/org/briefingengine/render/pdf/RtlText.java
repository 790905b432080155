package org.briefingengine.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The one place that decides how a piece of text is set: text with Arabic script goes into a cell with the
 * bidirectional algorithm on (right to left when its first strong letter is Arabic) and its Arabic runs in Amiri,
 * because OpenPDF only shapes and reorders Arabic inside cells and column text, never in a plain paragraph.
 */
final class RtlText {

    /** Space above a Latin cell's first line; Arabic cells give up what their taller lines need. */
    private static final float TOP_PADDING = 3f;
    private static final float ARABIC_LEADING = 1.4f;
    private static final float LATIN_LEADING = 1.3f;

    private final Fonts fonts;

    RtlText(Fonts fonts) {
        this.fonts = fonts;
    }

    static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(RtlText::isArabic);
    }

    /** The paragraph direction the Unicode bidi algorithm would pick: that of the first strong character. */
    static boolean rightToLeft(String text) {
        return text.codePoints().filter(RtlText::isStrong)
                .mapToObj(c -> Character.getDirectionality(c) != Character.DIRECTIONALITY_LEFT_TO_RIGHT)
                .findFirst().orElse(false);
    }

    /** A cell holding the text, set right to left when it reads right to left. */
    PdfPCell cell(String text, Font latin) {
        PdfPCell cell = new PdfPCell(phrase(text, latin));
        cell.setRunDirection(direction(text));
        // Amiri's marks reach far above and below the line, so Arabic lines need more leading than Latin ones.
        // Every cell's first baseline sits where a body-size Latin cell's would (or lower, for larger type): what
        // a cell's own leading lacks or exceeds goes on or comes off its top padding, so Arabic and Latin cells,
        // and small and body-size ones, line up along a table row.
        float reference = Math.max(Palette.BODY, latin.getSize()) * LATIN_LEADING;
        float leading = hasArabic(text) ? fonts.arabicFor(latin).getSize() * ARABIC_LEADING
                : latin.getSize() * LATIN_LEADING;
        cell.setUseAscender(false);
        cell.setLeading(leading, 0);
        cell.setPaddingTop(Math.max(0, TOP_PADDING + reference - leading));
        return cell;
    }

    /** Running text: a plain paragraph for Latin script, otherwise a borderless one-cell table. */
    Element block(String text, Font latin, float spacingAfter) {
        if (!hasArabic(text)) {
            Paragraph paragraph = new Paragraph(text, latin);
            paragraph.setSpacingAfter(spacingAfter);
            return paragraph;
        }
        PdfPCell cell = cell(text, latin);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(spacingAfter);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell);
        return table;
    }

    /** The text as chunks, Arabic runs (with the spaces and marks between Arabic words) in the Arabic face. */
    Phrase phrase(String text, Font latin) {
        Font arabic = fonts.arabicFor(latin);
        Phrase phrase = new Phrase();
        phrase.setFont(latin);
        int[] points = text.codePoints().toArray();
        StringBuilder run = new StringBuilder();
        boolean runArabic = false;
        for (int i = 0; i < points.length; i++) {
            boolean arabicHere = isArabic(points[i]) || !isStrong(points[i]) && between(points, i);
            if (arabicHere != runArabic && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runArabic ? arabic : latin));
                run.setLength(0);
            }
            runArabic = arabicHere;
            run.appendCodePoint(points[i]);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), runArabic ? arabic : latin));
        }
        return phrase;
    }

    static int direction(String text) {
        if (!hasArabic(text)) {
            return PdfWriter.RUN_DIRECTION_NO_BIDI;
        }
        return rightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    private static boolean between(int[] points, int at) {
        return nearestStrongIsArabic(points, at, -1) && nearestStrongIsArabic(points, at, 1);
    }

    private static boolean nearestStrongIsArabic(int[] points, int at, int step) {
        for (int i = at + step; i >= 0 && i < points.length; i += step) {
            if (isStrong(points[i])) {
                return isArabic(points[i]);
            }
        }
        return false;
    }

    private static boolean isStrong(int codePoint) {
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }
}
