package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import org.briefingengine.model.Suggestions;

/**
 * What every typed read of one JSON document shares (fact files here, rule scenarios in {@code scenario}): a failed
 * read records a problem at the value's JSON pointer, so it prints with file, line and column, and reading goes on.
 */
public class DocumentReads {

    private final JsonDocument doc;
    private final Problems problems;

    public DocumentReads(JsonDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    public void error(String pointer, String message) {
        problems.at(doc, pointer, message);
    }

    public void warn(String pointer, String message) {
        problems.warnAt(doc, pointer, message);
    }

    /**
     * Reports every member of {@code node} not in {@code allowed} as {@code unknown <noun> 'x' (did you mean 'y'?);
     * <tail>}.
     */
    protected void rejectUnknown(JsonNode node, String pointer, Collection<String> allowed, String noun, String tail) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(child(pointer, name), "unknown " + noun + " '" + name + "'"
                        + Suggestions.didYouMean(name, allowed) + "; " + tail);
            }
        }
    }

    /** The pointer to member {@code name} of the value at {@code pointer}, escaped as RFC 6901 requires. */
    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON value and the pointer where it sits. */
    public record Element(JsonNode node, String pointer) {
    }
}
