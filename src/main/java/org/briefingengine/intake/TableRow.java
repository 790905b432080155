package org.briefingengine.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingengine.ingest.Location;
import org.briefingengine.intake.ImportMapping.ValueMap;

/**
 * One CSV row being read through a mapping. A value that cannot be made (a key missing from a value map) is recorded
 * in {@link Rejects} at its row and column, and comes back null or is left out of a list: never guessed.
 */
final class TableRow {

    private final Path file;
    private final Map<String, Integer> columns;
    private final Map<String, ValueMap> maps;
    private final Rejects rejects;
    private List<String> values;
    private int row;

    TableRow(Path file, Map<String, Integer> columns, Map<String, ValueMap> maps, Rejects rejects) {
        this.file = file;
        this.columns = columns;
        this.maps = maps;
        this.rejects = rejects;
    }

    void load(List<String> values, int row) {
        this.values = values;
        this.row = row;
    }

    Location.Csv at(String column) {
        return new Location.Csv(file, row, column, columns.getOrDefault(column, -1) + 1);
    }

    String raw(String column) {
        int index = columns.get(column);
        return index < values.size() ? values.get(index).strip() : "";
    }

    /** One value; null (and a reject) when a value map has no entry for it, or when it is blank. */
    String single(ValueSpec spec) {
        if (spec == null) {
            return null;
        }
        if (spec.template() != null) {
            StringBuilder out = new StringBuilder();
            for (ValueSpec.Part part : spec.template()) {
                out.append(part.column() == null ? part.literal()
                        : part.asInteger() ? integer(raw(part.column())) : raw(part.column()));
            }
            return out.toString();
        }
        String value = raw(spec.column());
        return value.isEmpty() ? null : mapped(spec, value);
    }

    /** Every value of a multi-valued column, each mapped; unmatched ones are reported and left out. */
    List<String> many(ValueSpec spec) {
        if (spec == null) {
            return List.of();
        }
        if (spec.template() != null || spec.separator() == null) {
            String one = single(spec);
            return one == null ? List.of() : List.of(one);
        }
        List<String> out = new ArrayList<>();
        for (String piece : raw(spec.column()).split(java.util.regex.Pattern.quote(spec.separator()))) {
            if (!piece.isBlank()) {
                String value = mapped(spec, piece.strip());
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    private String mapped(ValueSpec spec, String value) {
        if (spec.map() == null) {
            return value;
        }
        ValueMap map = maps.get(spec.map());
        var found = map.lookup(value);
        if (found.isEmpty()) {
            rejects.add(at(spec.column()), "no entry for '" + value + "' in value map '" + map.name() + "' ("
                    + map.origin() + "): add it there");
            rejects.unmatched(map.name(), value);
            return null;
        }
        return found.get();
    }

    /** "3.0" → "3": R and spreadsheets write whole numbers as decimals, ids must not differ by it. */
    private static String integer(String text) {
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
