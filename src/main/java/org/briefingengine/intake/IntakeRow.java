package org.briefingengine.intake;

import java.util.Map;

/**
 * One row for a sheet of the intake workbook, its cells keyed by the layout's headers ({@code "forum"},
 * {@code "start"}); a cell is a plain value or a {@link ReviewedCell}. Callers name headers, never column positions.
 */
public record IntakeRow(String sheet, Map<String, Object> cells) {

    public IntakeRow {
        cells = Map.copyOf(cells);
    }
}
