package org.briefingengine.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingengine.analysis.BriefingReport;

/** A rendered pack read back with PDFBox: text per page (NFKC-normalised), bookmarks, fonts and images. */
final class PdfText implements AutoCloseable {

    final byte[] bytes;
    final PDDocument document;

    private PdfText(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.document = Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(BriefingReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfBriefingWriter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static PdfText of(BriefingReport report) {
        return new PdfText(render(report));
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** Text of pages {@code from} to {@code to} (1-based, inclusive), NFKC-normalised so Arabic presentation forms read as letters. */
    String text(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text(1, pages());
    }

    /**
     * Arabic as PDFBox reads it back from this pack. The pack maps each lam-alef ligature glyph to its two letters in
     * visual order, because pdftotext (poppler) reverses a right-to-left line letter by letter and so needs that to
     * give logical text; PDFBox reverses glyph by glyph and keeps the two letters as mapped, so it reads alef before
     * lam. PdfToolsTest checks pdftotext's logical text exactly; PDFBox-based tests compare through this.
     */
    static String asPdfBoxReads(String logical) {
        return logical.replaceAll("\u0644([\u0627\u0623\u0625\u0622])", "$1\u0644");
    }

    String page(int number) {
        return text(number, number);
    }

    /** Bookmarks, depth first, with the 1-based page each points at. */
    List<Bookmark> bookmarks() {
        List<Bookmark> all = new ArrayList<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> collect(item, 1, all));
        }
        return all;
    }

    record Bookmark(String title, int level, int page) {
    }

    private void collect(PDOutlineItem item, int level, List<Bookmark> all) {
        try {
            PDPage target = item.findDestinationPage(document);
            all.add(new Bookmark(item.getTitle(), level, target == null ? 0 : document.getPages().indexOf(target) + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        item.children().forEach(child -> collect(child, level + 1, all));
    }

    /** Every font used on any page, in page content and in forms (charts, the page-count form) alike. */
    Set<PDFont> fonts() {
        Set<PDFont> fonts = new LinkedHashSet<>();
        for (PDPage page : document.getPages()) {
            fonts(page.getResources(), fonts, new ArrayList<>());
        }
        return fonts;
    }

    /** Raster images anywhere in the document; charts must be vectors, so there should be none. */
    int images() {
        int count = 0;
        for (PDPage page : document.getPages()) {
            count += images(page.getResources(), new ArrayList<>());
        }
        return count;
    }

    private static void fonts(PDResources resources, Set<PDFont> into, List<PDResources> seen) {
        if (resources == null || seen.contains(resources)) {
            return;
        }
        seen.add(resources);
        try {
            for (COSName name : resources.getFontNames()) {
                into.add(resources.getFont(name));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form) {
                    fonts(form.getResources(), into, seen);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int images(PDResources resources, List<PDResources> seen) {
        if (resources == null || seen.contains(resources)) {
            return 0;
        }
        seen.add(resources);
        int count = 0;
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject) {
                    count++;
                } else if (x instanceof PDFormXObject form) {
                    count += images(form.getResources(), seen);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** The text with each run of white space, line breaks included, made one space: names wrapped over lines still match. */
    static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The text with all white space removed, so words broken across lines still match. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
