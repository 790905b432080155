package org.briefingengine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.ingest.Problems;
import org.briefingengine.model.Suggestions;

/**
 * Typed reads of a scenario's own keys. A read that fails records a problem at the value's JSON pointer (so it is
 * printed with the scenario file, line and column) and returns null, so reading goes on and every problem shows.
 */
final class JsonReads {

    private final JsonDocument doc;
    private final Problems problems;

    JsonReads(JsonDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    void error(String pointer, String message) {
        problems.at(doc, pointer, message);
    }

    /** Reports every key of {@code node} that is not in {@code allowed}, with a "did you mean". */
    void rejectUnknown(JsonNode node, String pointer, Collection<String> allowed, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(child(pointer, name), "unknown key '" + name + "'" + Suggestions.didYouMean(name, allowed)
                        + "; " + what + " may hold " + String.join(", ", allowed));
            }
        }
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
    List<Located> objects(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error("/" + key, "'" + key + "' must be an array of objects");
            return List.of();
        }
        List<Located> found = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/" + key + "/" + i;
            if (node.get(i).isObject()) {
                found.add(new Located(node.get(i), pointer));
            } else {
                error(pointer, "each entry of '" + key + "' must be an object such as {\"rule\": …}");
            }
        }
        return found;
    }

    /** The pointer to member {@code name} of the value at {@code pointer}, escaped as RFC 6901 requires. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON value and where it sits. */
    record Located(JsonNode node, String pointer) {
    }
}
