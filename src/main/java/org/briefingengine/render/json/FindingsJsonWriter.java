package org.briefingengine.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
        ObjectNode root = mapper.createObjectNode();
        root.put("period", report.period().label());
        root.put("generatedAt", report.generatedAt().toString());
        root.put("version", report.version());
        ObjectNode inputs = root.putObject("inputs");
        inputs.put("facts", report.inputs().factsHash());
        inputs.put("rules", report.inputs().rulesHash());
        report.inputs().factFiles().forEach(inputs.putObject("factFiles")::put);
        report.inputs().ruleFiles().forEach(inputs.putObject("ruleFiles")::put);
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(node(f)));
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(pretty).writeValue(out, root);
        out.write('\n');
    }

    private ObjectNode node(Finding f) {
        ObjectNode node = mapper.createObjectNode();
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
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
