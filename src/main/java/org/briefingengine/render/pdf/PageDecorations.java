package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.briefingengine.analysis.BriefingReport;

/**
 * What every page carries: classification banners on the cover, a running header with the period and
 * classification on the others, and "Page X of Y" in the footer, Y being a form filled in when the document closes.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float BANNER_HEIGHT = 22f;

    private final BriefingReport report;
    private final Fonts fonts;
    private PdfTemplate total;
    private int lastPage;

    PageDecorations(BriefingReport report, Fonts fonts) {
        this.report = report;
        this.fonts = fonts;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        lastPage = writer.getPageNumber();
        PdfContentByte canvas = writer.getDirectContent();
        if (lastPage == 1) {
            banners(canvas, document);
        } else {
            header(canvas, document);
        }
        footer(canvas, document, lastPage);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(Integer.toString(lastPage), small()), 0, 2.5f, 0);
    }

    private void banners(PdfContentByte canvas, Document document) {
        if (report.classification().isBlank()) {
            return;
        }
        float top = document.getPageSize().getHeight() - 28;
        banner(canvas, document, top - BANNER_HEIGHT);
        banner(canvas, document, document.bottom() - 14);
    }

    private void banner(PdfContentByte canvas, Document document, float y) {
        canvas.saveState();
        canvas.setColorFill(Palette.BANNER);
        canvas.rectangle(document.left(), y, document.right() - document.left(), BANNER_HEIGHT);
        canvas.fill();
        canvas.restoreState();
        Font font = fonts.sansBold(11);
        font.setColor(Palette.WHITE);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(report.classification(), font),
                (document.left() + document.right()) / 2, y + 7, 0);
    }

    private void header(PdfContentByte canvas, Document document) {
        float y = document.top() + 18;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(FrontPage.TITLE + " · " + Labels.periodTitle(report.period()), small()), document.left(), y, 0);
        if (!report.classification().isBlank()) {
            Font font = fonts.sansBold(Palette.SMALL);
            font.setColor(Palette.BANNER);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(report.classification(), font),
                    document.right(), y, 0);
        }
        rule(canvas, document, y - 6);
    }

    private void footer(PdfContentByte canvas, Document document, int page) {
        float y = document.bottom() - 36;
        rule(canvas, document, y + 12);
        if (!report.classification().isBlank()) {
            Font font = fonts.sansBold(Palette.SMALL);
            font.setColor(Palette.BANNER);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(report.classification(), font),
                    (document.left() + document.right()) / 2, y, 0);
        }
        String text = "Page " + page + " of ";
        float x = document.right() - fonts.sans.getWidthPoint("Page 999 of 999", Palette.SMALL);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, small()), x, y, 0);
        canvas.addTemplate(total, x + fonts.sans.getWidthPoint(text, Palette.SMALL), y - 2.5f);
    }

    private static void rule(PdfContentByte canvas, Document document, float y) {
        canvas.saveState();
        canvas.setColorStroke(Palette.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y);
        canvas.lineTo(document.right(), y);
        canvas.stroke();
        canvas.restoreState();
    }

    private Font small() {
        Font font = fonts.sans(Palette.SMALL);
        font.setColor(Palette.MUTED);
        return font;
    }
}
