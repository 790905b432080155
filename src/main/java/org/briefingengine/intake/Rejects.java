package org.briefingengine.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefingengine.ingest.Location;

/**
 * What an import could not use, grouped by reason so a million-row file with one bad country name gives one line
 * with its count and first rows, not a million lines. Unmatched value-map keys are also counted per map.
 */
final class Rejects {

    private static final int ROWS_SHOWN = 5;

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> unmatched = new TreeMap<>();
    private final Map<String, Integer> rowsRejected = new TreeMap<>();

    /** One kind of reject: its first place and message, how often it happened, the first few rows. */
    static final class Group {
        final Location.Csv first;
        final String message;
        final List<Integer> rows = new ArrayList<>();
        int count;

        Group(Location.Csv first, String message) {
            this.first = first;
            this.message = message;
        }
    }

    void add(Location.Csv where, String message) {
        Group group = groups.computeIfAbsent(where.file() + "\u0000" + where.columnName() + "\u0000" + message,
                k -> new Group(where, message));
        group.count++;
        if (group.rows.size() < ROWS_SHOWN) {
            group.rows.add(where.row());
        }
    }

    void unmatched(String map, String value) {
        unmatched.computeIfAbsent(map, m -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    void rowRejected(String file) {
        rowsRejected.merge(file, 1, Integer::sum);
    }

    int rowsRejected(String file) {
        return rowsRejected.getOrDefault(file, 0);
    }

    /** One line per kind of reject, in the order first met. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Group g : groups.values()) {
            String rows = g.count == 1 ? "" : " (" + g.count + " rows: " + g.rows.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + (g.count > g.rows.size() ? ", …" : "") + ")";
            lines.add(g.first.where() + ": " + g.message + rows);
        }
        return lines;
    }

    /** One line per value map: every key no entry matched, with how many rows held it. */
    List<String> unmatchedLines() {
        List<String> lines = new ArrayList<>();
        unmatched.forEach((map, values) -> lines.add("unmatched in value map '" + map + "': " + values.entrySet()
                .stream().map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " row)" : " rows)"))
                .reduce((a, b) -> a + ", " + b).orElse("")));
        return lines;
    }
}
