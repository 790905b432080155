package org.briefingengine.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.ingest.FileHash;

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
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", report.version());
        root.put("period", report.period().label());
        root.put("generatedAt", report.generatedAt().toString());
        ObjectNode inputs = root.putObject("inputs");
        inputs.put("facts", report.inputs().factsHash());
        inputs.put("rules", report.inputs().rulesHash());
        report.inputs().factFiles().forEach(inputs.putObject("factFiles")::put);
        report.inputs().ruleFiles().forEach(inputs.putObject("ruleFiles")::put);
        ObjectNode files = root.putObject("outputs");
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            ObjectNode file = files.putObject(output.getKey());
            file.put("bytes", Files.size(output.getValue()));
            file.put("sha256", FileHash.of(output.getValue()));
        }
        ObjectNode durations = root.putObject("durationsMillis");
        stageMillis.forEach(durations::put);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(pretty).writeValue(out, root);
        out.write('\n');
    }
}
