package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Period;

/** One rendering of one report: the document being written and everything the sections share. */
final class Pack {

    private static final float KEEP_WITH_NEXT = 90f;

    final BriefingReport report;
    final Document document;
    final PdfWriter writer;
    final Blocks blocks;
    final Labels labels;
    final Citations citations;
    final Navigation navigation;

    Pack(BriefingReport report, Document document, PdfWriter writer, Blocks blocks, Navigation navigation) {
        this.report = report;
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        this.labels = new Labels(report.facts());
        this.citations = Citations.of(report);
        this.navigation = navigation;
    }

    void add(Element element) {
        document.add(element);
    }

    /** Starts a contents-listed section on a new page with its bookmark and heading. */
    void section(String key) {
        navigation.start(document, writer, key);
        add(blocks.heading(navigation.entry(key).title()));
    }

    /** "M2 · 2021-11-11 to 2021-11-13 · Paris Peace Forum: Paris Peace Forum, 4th edition". */
    String meetingLine(String meetingId) {
        String key = citations.key(meetingId);
        return report.facts().meeting(meetingId)
                .map(m -> key + " · " + m.dateText() + " · " + labels.forum(m.forum()) + ": " + m.title())
                .orElse(key + " (not in the fact set)");
    }

    /** A subheading, moved to a new page when too little room is left for anything to follow it. */
    void subheading(String title) {
        if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_NEXT) {
            document.newPage();
        }
        add(blocks.subheading(title));
    }

    /** The period as running text reads it: "2021-Q4", or "the whole record" for a report over all the data. */
    String period() {
        return report.period().kind() == Period.Kind.ALL ? "the whole record" : report.period().label();
    }
}
