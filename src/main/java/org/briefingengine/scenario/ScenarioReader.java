package org.briefingengine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingengine.ingest.DocumentReads.Element;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.ingest.JsonDocumentReader;
import org.briefingengine.ingest.Problems;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.scenario.Scenario.ParameterOverride;

/**
 * Reads one scenario file. Its own keys are checked here; its fact sections are handed on untouched to the ingest
 * binder and validators, so a scenario's facts are held to exactly the rules of a fact file.
 */
public final class ScenarioReader {

    /** The only {@code base} there is: the facts folder given with {@code --facts} (by default {@code fixtures/}). */
    public static final String BASE_FIXTURES = "fixtures";
    static final List<String> FACT_SECTIONS = List.of("forums", "actors", "persons", "meetings");
    private static final List<String> KEYS = List.of("name", "description", "period", "base", "parameters",
            "forums", "actors", "persons", "meetings", "expect", "expectNot");
    private static final Set<String> SEVERITIES = Set.of("high", "medium", "low", "info");

    private final JsonDocumentReader reader = new JsonDocumentReader();

    /** The scenario, or empty with every problem found added to {@code problems}. */
    public Optional<Scenario> read(Path file, Problems problems) {
        Optional<JsonDocument> read = reader.read(file, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonDocument doc = read.get();
        JsonReads json = new JsonReads(doc, problems);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            json.error("", "a scenario is a JSON object such as {\"name\": …, \"period\": …, \"expect\": […]}");
            return Optional.empty();
        }
        if (root.has("topics")) {
            json.error("/topics", "topics come from the taxonomy in the rules folder (taxonomy/topics.json): "
                    + "remove 'topics' here and add the topic there");
        }
        json.rejectUnknown(((ObjectNode) root).deepCopy().without("topics"), "", KEYS, "a scenario");
        String name = json.text(root, "", "name", true);
        PeriodSpec period = period(json.text(root, "", "period", true), json);
        String base = json.text(root, "", "base", false);
        if (base != null && !base.equals(BASE_FIXTURES)) {
            json.error("/base", "unknown base '" + base + "': use \"" + BASE_FIXTURES
                    + "\" (the --facts folder) or leave 'base' out to start from no facts");
        }
        Map<String, ParameterOverride> parameters = parameters(root, json);
        List<Expectation> expect = json.objects(root, "expect").stream().map(e -> expectation(e, json, true)).toList();
        List<Expectation> expectNot =
                json.objects(root, "expectNot").stream().map(e -> expectation(e, json, false)).toList();
        if (expect.isEmpty() && expectNot.isEmpty()) {
            json.error("", "a scenario needs at least one 'expect' or 'expectNot' entry");
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(file, name, period, base != null, factsOf(doc), parameters, expect,
                expectNot, doc));
    }

    /** The period, parsed; "latest" and "all" are resolved later, against the scenario's facts. */
    private static PeriodSpec period(String text, JsonReads json) {
        if (text == null) {
            return null;
        }
        try {
            return PeriodSpec.parse(text);
        } catch (IllegalArgumentException e) {
            json.error("/period", "invalid period '" + text + "': use 2021-Q4, 2021, 2019-Q1..2021-Q4, latest or all");
            return null;
        }
    }

    /** The fact sections alone, under the same pointers, so line and column still point into the scenario. */
    private static Optional<JsonDocument> factsOf(JsonDocument doc) {
        ObjectNode facts = ((ObjectNode) doc.root()).deepCopy().retain(FACT_SECTIONS);
        return facts.isEmpty() ? Optional.empty()
                : Optional.of(new JsonDocument(doc.displayPath(), facts, doc.locations()));
    }

    private static Map<String, ParameterOverride> parameters(JsonNode root, JsonReads json) {
        Map<String, ParameterOverride> overrides = new LinkedHashMap<>();
        JsonNode node = root.get("parameters");
        if (node == null || node.isNull()) {
            return overrides;
        }
        if (!node.isObject()) {
            json.error("/parameters", "'parameters' must be an object such as {\"overlap.minForums\": 3}");
            return overrides;
        }
        node.fields().forEachRemaining(entry -> {
            String pointer = JsonReads.child("/parameters", entry.getKey());
            JsonNode value = entry.getValue();
            if (value.isNumber()) {
                overrides.put(entry.getKey(), new ParameterOverride(entry.getKey(), value.doubleValue(), "", pointer));
            } else if (value.isTextual()) {
                overrides.put(entry.getKey(), new ParameterOverride(entry.getKey(), Double.NaN, value.textValue(),
                        pointer));
            } else {
                json.error(pointer, "a parameter value must be a number or a string");
            }
        });
        return overrides;
    }

    private static Expectation expectation(Element entry, JsonReads json, boolean positive) {
        JsonNode node = entry.node();
        String at = entry.pointer();
        json.rejectUnknown(node, at, positive ? List.of("rule", "subject", "forums", "meetings", "severity")
                : List.of("rule", "subject"), positive ? "an 'expect' entry" : "an 'expectNot' entry");
        String rule = json.text(node, at, "rule", true);
        String subject = json.text(node, at, "subject", positive);
        String severity = positive ? json.text(node, at, "severity", false) : null;
        if (severity != null && !SEVERITIES.contains(severity.toLowerCase(Locale.ROOT))) {
            json.error(at + "/severity", "'" + severity + "' is not a severity: use high, medium, low or info");
        }
        return new Expectation(rule == null ? "" : rule, subject, positive ? json.texts(node, at, "forums") : null,
                positive ? json.texts(node, at, "meetings") : null,
                severity == null ? null : severity.toLowerCase(Locale.ROOT), at);
    }
}
