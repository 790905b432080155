package org.briefingengine.cli;

import java.util.List;
import org.briefingengine.render.ReportWriter;
import org.briefingengine.render.excel.WorkbookWriter;
import org.briefingengine.render.json.FindingsJsonWriter;
import org.briefingengine.render.pdf.PdfBriefingWriter;

/** The writers every run uses, in the order their files are written. */
final class ReportWriters {

    private ReportWriters() {
    }

    static List<ReportWriter> all() {
        return List.of(new FindingsJsonWriter(), new WorkbookWriter(), new PdfBriefingWriter());
    }
}
