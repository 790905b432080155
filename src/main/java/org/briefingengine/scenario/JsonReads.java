package org.briefingengine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.briefingengine.ingest.DocumentReads;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.ingest.Problems;

/**
 * Typed reads of a scenario's own keys. A read that fails records a problem at the value's JSON pointer (so it is
 * printed with the scenario file, line and column) and returns null, so reading goes on and every problem shows.
 */
final class JsonReads extends DocumentReads {

    JsonReads(JsonDocument doc, Problems problems) {
        super(doc, problems);
    }

    /** Reports every key of {@code node} that is not in {@code allowed}, with a "did you mean". */
    void rejectUnknown(JsonNode node, String pointer, Collection<String> allowed, String what) {
        rejectUnknown(node, pointer, allowed, "key", what + " may hold " + String.join(", ", allowed));
    }

    String text(JsonNode parent, String pointer, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                error(pointer, "missing required key '" + key + "'");
            }
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            error(pointer + "/" + key, "'" + key + "' must be a non-blank string");
            return null;
        }
        return node.textValue();
    }

    /** A list of non-blank strings, or null when the key is absent. */
    List<String> texts(JsonNode parent, String pointer, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            error(pointer + "/" + key, "'" + key + "' must be an array of ids such as [\"a\", \"b\"]");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual() && !node.get(i).textValue().isBlank()) {
                values.add(node.get(i).textValue());
            } else {
                error(pointer + "/" + key + "/" + i, "each entry of '" + key + "' must be a non-blank string");
            }
        }
        return values;
    }

    /** The objects of an array under {@code key}, each with its pointer; empty when the key is absent. */
    List<Element> objects(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error("/" + key, "'" + key + "' must be an array of objects");
            return List.of();
        }
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/" + key + "/" + i;
            if (node.get(i).isObject()) {
                found.add(new Element(node.get(i), pointer));
            } else {
                error(pointer, "each entry of '" + key + "' must be an object such as {\"rule\": …}");
            }
        }
        return found;
    }
}
