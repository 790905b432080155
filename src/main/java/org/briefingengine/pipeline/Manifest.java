package org.briefingengine.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.ingest.FileHash;
import org.briefingengine.render.json.JsonFiles;

/**
 * {@code manifest.json}: what a run read (every fact and rule file with its SHA-256), what it wrote (each output with
 * size and SHA-256) and how long each stage took. Re-running the same input gives the same manifest but for times.
 */
final class Manifest {

    static final String FILE = "manifest.json";

    private Manifest() {
    }

    static void write(BriefingReport report, Map<String, Path> outputs, Map<String, Long> stageMillis,
                      OutputStream out) throws IOException {
        ObjectNode root = JsonFiles.newObject();
        root.put("version", report.version());
        root.put("period", report.period().label());
        root.put("generatedAt", report.generatedAt().toString());
        JsonFiles.putInputs(root, report.inputs());
        ObjectNode files = root.putObject("outputs");
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            ObjectNode file = files.putObject(output.getKey());
            file.put("bytes", Files.size(output.getValue()));
            file.put("sha256", FileHash.of(output.getValue()));
        }
        ObjectNode durations = root.putObject("durationsMillis");
        stageMillis.forEach(durations::put);
        JsonFiles.write(root, out);
    }
}
