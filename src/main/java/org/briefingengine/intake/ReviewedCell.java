package org.briefingengine.intake;

/**
 * A value for the intake workbook with the passage it was read from, so the analyst reviews it where they edit it:
 * the quote, its paragraph and how sure the reader was ("high", "medium", "low"). {@code quote} is null for a value
 * that has no passage.
 */
public record ReviewedCell(Object value, String quote, int paragraph, String confidence) {

    /** The note written on the value's cell: "confidence high, paragraph 5: «…»". */
    public String note() {
        return "confidence " + confidence + ", paragraph " + paragraph + ": «" + quote + "»";
    }
}
