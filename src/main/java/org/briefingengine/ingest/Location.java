package org.briefingengine.ingest;

import java.nio.file.Path;

/**
 * Where a value came from, in whatever source held it: a JSON file ({@code file:line:col} and a pointer), a workbook
 * cell ({@code file.xlsx: Meetings!D12}) or a CSV field ({@code file.csv:row 42, column "date"}). Problems print it
 * first, so a user can go straight to the place.
 */
public sealed interface Location permits Location.Json, Location.Cell, Location.Csv {

    Path file();

    /** The line or row, 1-based; 0 when unknown. Problems sort by it. */
    int line();

    /** The column, 1-based; 0 when unknown. */
    int column();

    /** The place as printed before the message, without the JSON pointer. */
    String where();

    /** A JSON pointer printed after a warning marker; empty for other sources. */
    default String pointer() {
        return "";
    }

    /** A JSON value: {@code file:14:9} and its pointer {@code /meetings/3/topics/1}. */
    record Json(Path file, int line, int column, String pointer) implements Location {
        public Json {
            pointer = pointer == null ? "" : pointer;
        }

        @Override
        public String where() {
            return line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file.toString();
        }
    }

    /** A workbook cell: {@code intake.xlsx: Meetings!D12}. {@code row} and {@code column} are 1-based. */
    record Cell(Path file, String sheet, int row, int col) implements Location {
        @Override
        public int line() {
            return row;
        }

        @Override
        public int column() {
            return col;
        }

        /** The A1-style reference: column letters, then the row. */
        public String reference() {
            StringBuilder letters = new StringBuilder();
            for (int c = col; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString() + row;
        }

        @Override
        public String where() {
            return file + ": " + sheet + "!" + reference();
        }
    }

    /** A CSV field: {@code votes.csv:row 42, column "date"}; rows count the header as row 1, as a spreadsheet does. */
    record Csv(Path file, int row, String columnName, int column) implements Location {
        @Override
        public int line() {
            return row;
        }

        @Override
        public String where() {
            return file + ":row " + row + (columnName == null || columnName.isEmpty() ? ""
                    : ", column \"" + columnName + "\"");
        }
    }
}
