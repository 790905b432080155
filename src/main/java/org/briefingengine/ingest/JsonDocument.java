package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * A parsed JSON file with the line and column where each value starts, keyed by JSON pointer, so problems found
 * after parsing can still be placed. {@code displayPath} is the path as the user should see it. A document built from
 * another source (an intake workbook) carries {@code places} instead: the cell each value came from, so its problems
 * name the cell, not a pointer into a file the user never saw.
 */
public record JsonDocument(Path displayPath, JsonNode root, Map<String, int[]> locations,
                           Map<String, Location> places) implements DocumentPlaces {

    public JsonDocument {
        locations = Map.copyOf(locations);
        places = Map.copyOf(places);
    }

    public JsonDocument(Path displayPath, JsonNode root, Map<String, int[]> locations) {
        this(displayPath, root, locations, Map.of());
    }

    /** A problem at the value the pointer names, or at its nearest located ancestor. */
    @Override
    public InputProblem problem(String pointer, String message, InputProblem.Level level) {
        String probe = pointer;
        while (!locations.containsKey(probe) && !places.containsKey(probe) && !probe.isEmpty()) {
            probe = probe.substring(0, probe.lastIndexOf('/'));
        }
        if (places.containsKey(probe)) {
            return new InputProblem(places.get(probe), message, level);
        }
        int[] at = locations.getOrDefault(probe, new int[] {0, 0});
        return new InputProblem(displayPath, at[0], at[1], pointer, message, level);
    }
}
