package org.briefingengine.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;

/** What a run produced: the report and the files written, in the folder of its period. */
public record RunResult(BriefingReport report, Path folder, List<Path> files) {

    public RunResult {
        files = List.copyOf(files);
    }
}
