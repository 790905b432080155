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

    /**
     * Set by {@link Main#main}: only a briefing process of its own warms its writers up, not a test or tool that
     * runs many commands in one JVM.
     */
    static volatile boolean warmUpInBackground;

    static List<ReportWriter> all() {
        return List.of(new FindingsJsonWriter(), new WorkbookWriter(), new PdfBriefingWriter());
    }

    /**
     * Warms the writers up on a background thread while the facts are read and the rules run (README,
     * "Start-up"). A warm-up that fails changes nothing: the real write meets the same problem and reports it.
     */
    static void warmUp(List<ReportWriter> writers) {
        if (!warmUpInBackground) {
            return;
        }
        // SLF4J prints a warning when two threads start it at once (POI here, Drools loading the rules): start it first.
        org.slf4j.LoggerFactory.getILoggerFactory();
        Thread thread = new Thread(() -> writers.forEach(ReportWriters::warmUp), "writer-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp(ReportWriter writer) {
        try {
            writer.warmUp();
        } catch (Exception | LinkageError e) {
            // nothing to do: see above
        }
    }
}
