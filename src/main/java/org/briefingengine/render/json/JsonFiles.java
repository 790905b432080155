package org.briefingengine.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * Writes {@code head}'s fields and then {@code field}, an array of {@code items} each turned into a node only as it
     * is written: the bytes {@link #write} gives for the whole tree, without holding it. A run over every period of
     * a large record has tens of thousands of findings citing millions of meeting keys.
     */
    public static <T> void writeStreaming(ObjectNode head, String field, Iterable<T> items,
                                          Function<T, ObjectNode> node, OutputStream out) throws IOException {
        try (JsonGenerator generator = MAPPER.writer(PRETTY).createGenerator(out)) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = head.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                generator.writeFieldName(entry.getKey());
                MAPPER.writeTree(generator, entry.getValue());
            }
            generator.writeArrayFieldStart(field);
            for (T item : items) {
                MAPPER.writeTree(generator, node.apply(item));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        out.write('\n');
    }
}
