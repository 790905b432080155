package org.briefingengine.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.briefingengine.engine.Phrasing;

/** The pack's typography: headings, running text, notes and ruled tables, every text cell set via {@link RtlText}. */
final class Blocks {

    private static final float PADDING = 3.5f;

    final Fonts fonts;
    final RtlText rtl;
    final Font body;
    final Font bold;
    final Font small;
    final Font smallBold;
    final Font muted;
    final Font faint;

    Blocks(Fonts fonts) {
        this.fonts = fonts;
        this.rtl = new RtlText(fonts);
        body = fonts.sans(Palette.BODY);
        bold = fonts.sansBold(Palette.BODY);
        small = fonts.sans(Palette.SMALL);
        smallBold = fonts.sansBold(Palette.SMALL);
        muted = fonts.sans(Palette.SMALL);
        muted.setColor(Palette.MUTED);
        faint = fonts.sans(Palette.BODY);
        faint.setColor(Palette.MUTED);
    }

    Font headingFont() {
        return accentBold(Palette.H1);
    }

    Paragraph heading(String title) {
        Paragraph heading = new Paragraph(title, headingFont());
        heading.setSpacingAfter(10);
        return heading;
    }

    Font subheadingFont() {
        return accentBold(Palette.H2);
    }

    private Font accentBold(float size) {
        Font font = fonts.sansBold(size);
        font.setColor(Palette.ACCENT);
        return font;
    }

    Paragraph subheading(String title) {
        Paragraph heading = new Paragraph(title, subheadingFont());
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        heading.setKeepTogether(true);
        return heading;
    }

    Element text(String text) {
        return rtl.block(text, body, 6);
    }

    Element note(String text) {
        return rtl.block(text, muted, 6);
    }

    /** A full-width table with the given relative column widths. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        return table;
    }

    /** A table whose first row is a header repeated on every page it runs over. */
    PdfPTable table(String[] headers, float... widths) {
        PdfPTable table = table(widths);
        for (String header : headers) {
            table.addCell(head(header));
        }
        table.setHeaderRows(1);
        return table;
    }

    PdfPCell head(String text) {
        return head(text, smallBold);
    }

    PdfPCell head(String text, Font font) {
        PdfPCell cell = ruled(rtl.cell(text, font));
        cell.setBackgroundColor(Palette.HEADER_FILL);
        return cell;
    }

    PdfPCell cell(String text) {
        return ruled(rtl.cell(text, body));
    }

    PdfPCell cell(String text, Font font) {
        return ruled(rtl.cell(text, font));
    }

    PdfPCell smallCell(String text) {
        return ruled(rtl.cell(text, small));
    }

    PdfPCell number(long value) {
        return number(value, body);
    }

    /** A count in a table cell, right-aligned, with thousands separated as in the prose ("6,202"). */
    PdfPCell number(long value, Font font) {
        PdfPCell cell = ruled(rtl.cell(Phrasing.digits(value), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A label and value row of a two-column table. */
    void pair(PdfPTable table, String label, String value) {
        table.addCell(cell(label, smallBold));
        table.addCell(cell(value));
    }

    /** A ruled cell holding an inner table, so its rows stay together on one page. */
    static PdfPCell group(PdfPTable inner, int colspan) {
        inner.setWidthPercentage(100);
        PdfPCell cell = ruled(new PdfPCell(inner));
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.setColspan(colspan);
        return cell;
    }

    /** A cell without rules, for layout-only tables. */
    static PdfPCell bare(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    /** A rule under the cell and side and bottom padding; the top padding is {@link RtlText}'s to set. */
    static PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingLeft(PADDING);
        cell.setPaddingRight(PADDING);
        cell.setPaddingBottom(PADDING + 1.5f);
        return cell;
    }
}
