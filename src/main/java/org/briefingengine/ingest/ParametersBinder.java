package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Set;
import org.briefingengine.ingest.DocumentReads.Element;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Suggestions;

/**
 * Binds {@code rules/parameters.json}: {@code {"parameters": {"overlap.minForums": {"value": 2, "type": "integer",
 * "min": 1, "max": 100, "description": "…"}}}}. Every parameter declares its type ({@code integer}, {@code number} or
 * {@code text}) and, for numbers, its range; a value of the wrong type or out of range is placed at its line.
 */
final class ParametersBinder {

    private static final Set<String> FIELDS = Set.of("value", "type", "min", "max", "description");
    private static final String SHAPE = "{\"value\": …, \"type\": \"integer\", \"min\": …, \"max\": …, "
            + "\"description\": \"…\"}";

    private final Problems problems;

    ParametersBinder(Problems problems) {
        this.problems = problems;
    }

    void bind(JsonDocument doc, RawFacts into) {
        Fields f = new Fields(doc, problems);
        JsonNode section = doc.root().get("parameters");
        if (!doc.root().isObject() || section == null || !section.isObject() || doc.root().size() != 1) {
            f.error("", "the file must be {\"parameters\": {\"name\": " + SHAPE + "}}");
            return;
        }
        section.fields().forEachRemaining(entry -> bind(f, doc, entry.getKey(), entry.getValue(), into));
    }

    private void bind(Fields f, JsonDocument doc, String name, JsonNode node, RawFacts into) {
        String pointer = Fields.child("/parameters", name);
        if (!node.isObject()) {
            f.error(pointer, "must be an object " + SHAPE);
            return;
        }
        Element e = new Element(node, pointer);
        f.rejectUnknown(e, FIELDS);
        String description = f.optionalText(e, "description");
        ParameterSpec spec = spec(f, e, name);
        JsonNode value = node.get("value");
        if (value == null || !(value.isNumber() || value.isTextual())) {
            f.error(pointer + "/value", "'value' must be a number or a string");
            return;
        }
        Parameter parameter = value.isNumber() ? new Parameter(name, value.doubleValue(), "", description)
                : new Parameter(name, Double.NaN, value.textValue(), description);
        if (spec == null) {
            return;
        }
        var wrong = spec.problem(parameter.number(), parameter.text());
        if (wrong.isPresent()) {
            f.error(pointer + "/value", wrong.get() + " (declared in 'type', 'min' and 'max')");
            return;
        }
        into.parameters.add(new Located<>(parameter, doc, pointer));
        into.parameterSpecs.put(name, spec);
    }

    private static ParameterSpec spec(Fields f, Element e, String name) {
        String typeText = f.requiredText(e, "type");
        if (typeText == null) {
            return null;
        }
        var type = ParameterSpec.Type.of(typeText);
        if (type.isEmpty()) {
            var names = Arrays.stream(ParameterSpec.Type.values()).map(ParameterSpec.Type::jsonName).toList();
            f.error(e.pointer() + "/type", "'" + typeText + "' is not a parameter type"
                    + Suggestions.didYouMean(typeText, names) + "; use one of " + String.join(", ", names));
            return null;
        }
        if (type.get() == ParameterSpec.Type.TEXT) {
            if (e.node().has("min") || e.node().has("max")) {
                f.error(e.pointer(), "a text parameter has no range: remove 'min' and 'max'");
            }
            return new ParameterSpec(name, type.get(), Double.NaN, Double.NaN);
        }
        Double min = bound(f, e, "min");
        Double max = bound(f, e, "max");
        if (min == null || max == null) {
            return null;
        }
        if (min > max) {
            f.error(e.pointer() + "/min", "'min' (" + ParameterSpec.format(min) + ") is above 'max' ("
                    + ParameterSpec.format(max) + "): swap them");
            return null;
        }
        return new ParameterSpec(name, type.get(), min, max);
    }

    private static Double bound(Fields f, Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null) {
            f.error(e.pointer(), "missing '" + field + "': a number parameter declares its range with 'min' and "
                    + "'max'");
            return null;
        }
        if (!node.isNumber()) {
            f.error(e.pointer() + "/" + field, "'" + field + "' must be a number, not " + Fields.kind(node));
            return null;
        }
        return node.doubleValue();
    }
}
