package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which text is set right to left, and which runs are set in the Arabic face. */
class RtlTextTest {

    private final Fonts fonts = new Fonts();
    private final RtlText rtl = new RtlText(fonts);

    @Test
    void latinText_isNotRunThroughBidi() {
        assertThat(RtlText.hasArabic("Paris Peace Forum")).isFalse();
        assertThat(RtlText.direction("Paris Peace Forum")).isEqualTo(PdfWriter.RUN_DIRECTION_NO_BIDI);
        assertThat(rtl.block("Paris Peace Forum", fonts.sans(10), 0)).isInstanceOf(Paragraph.class);
    }

    @Test
    void arabicText_isSetRightToLeftInACell() {
        String name = "منتدى باريس للسلام";
        assertThat(RtlText.direction(name)).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        assertThat(rtl.cell(name, fonts.sans(10)).getRunDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        Element block = rtl.block(name, fonts.sans(10), 0);
        assertThat(block).isInstanceOf(PdfPTable.class);
    }

    @Test
    void englishTextQuotingArabic_keepsItsLeftToRightDirectionButStillGoesThroughBidi() {
        String text = "48 responses ('48 إجابة'), i.e. states answering the call";
        assertThat(RtlText.rightToLeft(text)).isFalse();
        assertThat(RtlText.direction(text)).isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
    }

    @Test
    void arabicTextStartingWithANumber_readsRightToLeft() {
        assertThat(RtlText.direction("2021 منتدى")).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
    }

    @Test
    void arabicRuns_includingTheSpacesBetweenArabicWords_areSetInAmiri() {
        List<Chunk> chunks = rtl.phrase("EU — الاتحاد الأوروبي (EEAS)", fonts.sans(10)).getChunks().stream()
                .map(Chunk.class::cast).toList();
        assertThat(chunks).extracting(Chunk::getContent)
                .containsExactly("EU — ", "الاتحاد الأوروبي", " (EEAS)");
        assertThat(chunks.get(1).getFont().getBaseFont()).isSameAs(fonts.arabic());
        assertThat(chunks.get(0).getFont().getBaseFont()).isSameAs(fonts.sans);
        assertThat(chunks.get(2).getFont().getBaseFont()).isSameAs(fonts.sans);
    }
}
