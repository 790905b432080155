package org.briefingengine.render.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/** Draws a chart as vector graphics into a PDF form, wrapped as an image so it flows with the text. */
final class VectorChart {

    private VectorChart() {
    }

    static Image of(PdfWriter writer, Fonts fonts, JFreeChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, new ChartFontMapper(fonts));
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        image.setSpacingAfter(6);
        return image;
    }
}
