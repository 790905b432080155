package org.briefingengine.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.briefingengine.analysis.InputDigest;

/**
 * The one shape of the JSON files a run writes (findings and manifest): two-space indent, LF line ends whatever the
 * platform, a final newline, and the same {@code inputs} block, so runs diff cleanly against each other.
 */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final DefaultPrettyPrinter PRETTY =
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private JsonFiles() {
    }

    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /** {@code "inputs": {"facts": …, "rules": …, "factFiles": {…}, "ruleFiles": {…}}}: what the run read. */
    public static void putInputs(ObjectNode parent, InputDigest inputs) {
        ObjectNode node = parent.putObject("inputs");
        node.put("facts", inputs.factsHash());
        node.put("rules", inputs.rulesHash());
        inputs.factFiles().forEach(node.putObject("factFiles")::put);
        inputs.ruleFiles().forEach(node.putObject("ruleFiles")::put);
    }

    public static void write(ObjectNode root, OutputStream out) throws IOException {
        MAPPER.writer(PRETTY).writeValue(out, root);
        out.write('\n');
    }
}
