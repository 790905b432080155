package org.briefingengine.render;

import java.io.IOException;
import java.io.OutputStream;
import org.briefingengine.analysis.BriefingReport;

/**
 * Renders a report in one format. Writers only write bytes; the pipeline owns file names, temporary files and
 * the atomic rename, so no writer can leave a half-written report behind.
 */
public interface ReportWriter {

    /** File name extension without the dot, e.g. {@code pdf}. */
    String extension();

    /** The file this writer produces for a period, e.g. {@code briefing-2021-Q4.pdf}. */
    default String fileName(String periodLabel) {
        return "briefing-" + periodLabel + "." + extension();
    }

    void write(BriefingReport report, OutputStream out) throws IOException;

    /**
     * Loads and initialises what writing will need, by writing a throwaway document to nowhere; a run does this on
     * a background thread while the rules work, so a cold JVM's class loading is off the critical path. Never
     * changes what {@link #write} produces.
     */
    default void warmUp() throws IOException {
    }
}
