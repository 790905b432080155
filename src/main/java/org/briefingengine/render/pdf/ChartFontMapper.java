package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps every AWT font a chart asks for to the embedded DejaVu Sans, so no base-14 Helvetica reaches the PDF;
 * charts also lay text out with the AWT version of the same face, so measured and drawn widths agree.
 */
final class ChartFontMapper implements FontMapper {

    private static final Map<String, Font> AWT = new ConcurrentHashMap<>();

    private final Fonts fonts;

    ChartFontMapper(Fonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() ? fonts.sansBold : fonts.sans;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return awt(font == fonts.sansBold, size);
    }

    /** DejaVu Sans as an AWT font of the given weight and size. */
    static Font awt(boolean bold, float size) {
        String name = bold ? Fonts.SANS_BOLD : Fonts.SANS;
        return AWT.computeIfAbsent(name, n -> Fonts.awt(n, 1f)).deriveFont(size);
    }
}
