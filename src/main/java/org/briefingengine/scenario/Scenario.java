package org.briefingengine.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.pipeline.PeriodSpec;

/**
 * A scenario as read from its file: what to start from, the facts it adds, the parameters it overrides and what it
 * expects. {@code facts} is the file's fact sections only ({@code forums}, {@code actors}, {@code persons},
 * {@code meetings}), kept as a document so the ingest validation places problems in the scenario file.
 */
public record Scenario(Path file, String name, PeriodSpec period, boolean fromBase, Optional<JsonDocument> facts,
                       Map<String, ParameterOverride> parameters, List<Expectation> expect,
                       List<Expectation> expectNot, JsonDocument document) {

    public Scenario {
        parameters = Map.copyOf(parameters);
        expect = List.copyOf(expect);
        expectNot = List.copyOf(expectNot);
    }

    /** One entry of {@code parameters}: a number, or a text for text settings. */
    public record ParameterOverride(String name, double number, String text, String pointer) {
    }
}
