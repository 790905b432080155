package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.briefingengine.ingest.DocumentReads.Element;
import org.briefingengine.model.Parameter;

/**
 * Binds {@code rules/parameters.json}: {@code {"parameters": {"overlap.minForums": {"value": 2, "description": "…"}}}}.
 */
final class ParametersBinder {

    private static final Set<String> FIELDS = Set.of("value", "description");

    private final Problems problems;

    ParametersBinder(Problems problems) {
        this.problems = problems;
    }

    void bind(JsonDocument doc, RawFacts into) {
        Fields f = new Fields(doc, problems);
        JsonNode section = doc.root().get("parameters");
        if (!doc.root().isObject() || section == null || !section.isObject() || doc.root().size() != 1) {
            f.error("", "the file must be {\"parameters\": {\"name\": {\"value\": …, \"description\": \"…\"}}}");
            return;
        }
        section.fields().forEachRemaining(entry -> {
            String pointer = Fields.child("/parameters", entry.getKey());
            if (!entry.getValue().isObject()) {
                f.error(pointer, "must be an object {\"value\": …, \"description\": \"…\"}");
                return;
            }
            Element e = new Element(entry.getValue(), pointer);
            f.rejectUnknown(e, FIELDS);
            JsonNode value = entry.getValue().get("value");
            String description = f.optionalText(e, "description");
            if (value == null || !(value.isNumber() || value.isTextual())) {
                f.error(pointer + "/value", "'value' must be a number or a string");
            } else if (value.isNumber()) {
                into.parameters.add(new Located<>(new Parameter(entry.getKey(), value.doubleValue(), "", description),
                        doc, pointer));
            } else {
                into.parameters.add(new Located<>(new Parameter(entry.getKey(), Double.NaN, value.textValue(),
                        description), doc, pointer));
            }
        });
    }
}
