package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * A parsed JSON file with the line and column where each value starts, keyed by JSON pointer, so problems found
 * after parsing can still be placed. {@code displayPath} is the path as the user should see it.
 */
public record JsonDocument(Path displayPath, JsonNode root, Map<String, int[]> locations) {

    public JsonDocument {
        locations = Map.copyOf(locations);
    }

    /** A problem at the value the pointer names, or at its nearest located ancestor. */
    public InputProblem problem(String pointer, String message, InputProblem.Level level) {
        String probe = pointer;
        while (!locations.containsKey(probe) && !probe.isEmpty()) {
            probe = probe.substring(0, probe.lastIndexOf('/'));
        }
        int[] at = locations.getOrDefault(probe, new int[] {0, 0});
        return new InputProblem(displayPath, at[0], at[1], pointer, message, level);
    }
}
