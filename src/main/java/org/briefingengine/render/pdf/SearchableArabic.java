package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the Arabic in a finished pack searchable. OpenPDF shapes Arabic by setting presentation-form glyphs
 * (U+FB50–U+FDFF, U+FE70–U+FEFF) and maps each glyph back to that presentation form in the font's ToUnicode table,
 * so search and text extraction find "ﻣﻨﺘﺪﻯ" but never "منتدى". OpenPDF offers /ActualText only through its
 * kerning layout, which cannot set Arabic right to left in table cells; so instead each presentation-form entry of
 * the ToUnicode tables is rewritten to the letters it shows (its compatibility decomposition; a lam-alef ligature's two
 * letters in visual order, as extractors reverse right-to-left lines). The glyphs drawn do not change.
 */
final class SearchableArabic {

    /** One single-glyph range of a ToUnicode CMap: {@code <0123><0123><FEE3>}. */
    private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]{4})><([0-9A-Fa-f]{4})><([0-9A-Fa-f]{4})>");

    private SearchableArabic() {
    }

    /** The pack with logical Arabic letters in every ToUnicode table; dates and file id stay those of the report. */
    static byte[] rewrite(byte[] pdf, Calendar modified, byte[] fileId) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            boolean changed = false;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PdfDictionary font && PdfName.FONT.equals(font.get(PdfName.TYPE))
                        && font.get(PdfName.TOUNICODE) != null) {
                    changed |= rewriteTable((PRStream) PdfReader.getPdfObject(font.get(PdfName.TOUNICODE)));
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.setEnforcedModificationDate(modified);
            stamper.setOverrideFileId(PdfEncryption.createInfoId(fileId, fileId));
            stamper.close();
            return out.toByteArray();
        } finally {
            reader.close();
        }
    }

    private static boolean rewriteTable(PRStream stream) throws IOException {
        String cmap = new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1);
        Matcher m = RANGE.matcher(cmap);
        StringBuilder rewritten = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String letters = letters(Integer.parseInt(m.group(3), 16));
            changed |= letters != null;
            m.appendReplacement(rewritten, letters == null ? m.group()
                    : "<" + m.group(1) + "><" + m.group(2) + "><" + letters + ">");
        }
        m.appendTail(rewritten);
        if (changed) {
            stream.setData(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return changed;
    }

    /** The hex UTF-16 of the letters a presentation form shows, or null for any other character. */
    static String letters(int codePoint) {
        boolean presentationForm = codePoint >= 0xFB50 && codePoint <= 0xFDFF
                || codePoint >= 0xFE70 && codePoint <= 0xFEFF;
        if (!presentationForm) {
            return null;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC)
                .strip();
        if (decomposed.isEmpty() || decomposed.codePointAt(0) == codePoint) {
            return null;
        }
        // A glyph is drawn where it stands in the visual (right-to-left) line, and extractors reverse the line
        // character by character to get back logical order; a ligature's letters are therefore given in visual order.
        StringBuilder hex = new StringBuilder();
        for (char c : new StringBuilder(decomposed).reverse().toString().toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.toString();
    }
}
