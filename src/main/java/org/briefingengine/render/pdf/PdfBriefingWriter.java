package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.render.ReportWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Writes the PDF briefing pack. The pack is rendered twice: the first rendering finds the page each section
 * starts on, the second prints those numbers on the contents page (a third runs only if they moved).
 */
public final class PdfBriefingWriter implements ReportWriter {

    private static final int MAX_RENDERINGS = 3;

    @Override
    public String extension() {
        return "pdf";
    }

    /**
     * A one-page document with a table, Arabic text and a chart, written to nowhere: parses the fonts (kept for the
     * next rendering) and loads OpenPDF and JFreeChart.
     */
    @Override
    public void warmUp() {
        Fonts fonts = Fonts.borrow();
        try {
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
            document.open();
            PdfPTable table = new PdfPTable(1);
            table.addCell(new RtlText(fonts).cell("\u0645\u0646\u062a\u062f\u0649", fonts.sans(Palette.BODY)));
            document.add(table);
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(1, "meetings", "2021-Q4");
            document.add(VectorChart.of(writer, fonts, ChartFactory.createLineChart("warm-up", null, null, data),
                    100, 80));
            document.close();
        } finally {
            fonts.giveBack();
        }
    }

    @Override
    public void write(BriefingReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report must not be null");
        BriefingReport complete = withDefaults(report);
        List<Navigation.Entry> plan = ContentsPage.plan(complete);
        Map<String, Integer> pages = Map.of();
        for (int i = 0; i < MAX_RENDERINGS; i++) {
            Rendering rendering = render(complete, new Navigation(plan, pages));
            if (rendering.pages().equals(pages)) {
                out.write(SearchableArabic.rewrite(rendering.bytes(), Metadata.generated(complete),
                        Metadata.fileId(complete)));
                out.flush();
                return;
            }
            pages = rendering.pages();
        }
        throw new IllegalStateException("the contents page numbers of " + report.period().label()
                + " did not settle after " + MAX_RENDERINGS + " renderings");
    }

    private record Rendering(byte[] bytes, Map<String, Integer> pages) {
    }

    private static Rendering render(BriefingReport report, Navigation navigation) {
        Fonts fonts = Fonts.borrow();
        try {
            return render(report, navigation, fonts);
        } finally {
            fonts.giveBack();
        }
    }

    private static Rendering render(BriefingReport report, Navigation navigation, Fonts fonts) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 72, 78);
        PdfWriter writer = PdfWriter.getInstance(document, buffer);
        // Without it, text after a chart that moved to the next page would be set before the chart.
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setPageEvent(new PageDecorations(report, fonts));
        Metadata.describe(document, report);
        document.open();
        Metadata.stamp(writer, report);
        Pack pack = new Pack(report, document, writer, new Blocks(fonts), navigation);
        new FrontPage(pack).write();
        if (navigation.has(SinceLastSection.KEY)) {
            new SinceLastSection(pack).write();
        }
        new ExecutiveSummary(pack).write();
        new OutlookSection(pack).write();
        new TrendSection(pack).write();
        if (navigation.has(OverlapSection.KEY)) {
            new OverlapSection(pack).write();
        }
        if (navigation.has(ActorSection.KEY)) {
            new ActorSection(pack).write();
        }
        if (navigation.has(ForumSection.KEY)) {
            new ForumSection(pack).write();
        }
        new QualityAnnex(pack).write();
        new SourcesAnnex(pack).write();
        new MethodSection(pack).write();
        new AboutPage(pack).write();
        document.close();
        return new Rendering(buffer.toByteArray(), navigation.pages());
    }

    /** The report with placeholder text where it left the version out. */
    private static BriefingReport withDefaults(BriefingReport r) {
        if (r.version() != null) {
            return r;
        }
        return new BriefingReport(r.period(), r.generatedAt(), "(unknown version)", r.inputs(), r.facts(),
                r.meetings(), r.imprecise(), r.findings(), r.trend(), r.overlap(), r.audit(), r.parameters(),
                r.options(), r.sinceLast());
    }
}
