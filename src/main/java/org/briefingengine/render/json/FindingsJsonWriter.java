package org.briefingengine.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Finding;
import org.briefingengine.render.ReportWriter;

/**
 * Writes {@code findings-<period>.json} as SPEC.md describes. Apart from {@code generatedAt}, the same input
 * always gives byte-identical output: fields in a fixed order, findings in rank order, lists sorted.
 */
public final class FindingsJsonWriter implements ReportWriter {

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String fileName(String periodLabel) {
        return "findings-" + periodLabel + ".json";
    }

    @Override
    public void write(BriefingReport report, OutputStream out) throws IOException {
        ObjectNode root = JsonFiles.newObject();
        root.put("period", report.period().label());
        root.put("generatedAt", report.generatedAt().toString());
        root.put("version", report.version());
        JsonFiles.putInputs(root, report.inputs());
        JsonFiles.writeStreaming(root, "findings", report.findings(), FindingsJsonWriter::node, out);
    }

    static ObjectNode node(Finding f) {
        ObjectNode node = JsonFiles.newObject();
        node.put("id", f.id());
        node.put("rule", f.rule());
        node.put("category", f.category().code());
        node.put("severity", f.severity().code());
        node.put("salience", f.salience());
        node.put("statement", f.statement());
        node.put("subject", f.subject());
        node.put("period", f.period());
        strings(node.putArray("forums"), f.forums());
        strings(node.putArray("actors"), f.actors());
        strings(node.putArray("meetings"), f.meetings());
        strings(node.putArray("topics"), f.topics());
        strings(node.putArray("subjects"), f.subjects());
        ObjectNode measures = node.putObject("measures");
        f.measures().forEach(measures::put);
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
