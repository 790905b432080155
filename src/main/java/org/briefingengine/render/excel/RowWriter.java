package org.briefingengine.render.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.briefingengine.model.PartialDate;

/** Fills one row left to right, each value in the cell type it is: text, number, date or link. */
final class RowWriter {

    /** Beyond this many lines a wrapped cell scrolls rather than growing the row further. */
    private static final int MAX_LINES = 8;
    private static final float LINE_POINTS = 15f;
    /** Column widths count the width of a '0'; average proportional text is narrower. */
    private static final double CHARS_PER_WIDTH_UNIT = 1.15;

    private final SheetWriter owner;
    private final Styles styles;
    private final SafeCells cells;
    private final Row row;
    private int column;
    private int lines = 1;

    RowWriter(SheetWriter owner, Row row) {
        this.owner = owner;
        this.styles = owner.book.styles;
        this.cells = owner.book.cells;
        this.row = row;
    }

    int index() {
        return row.getRowNum();
    }

    /** Moves to a column (0 = A). */
    RowWriter at(int target) {
        column = target;
        return this;
    }

    RowWriter skip() {
        column++;
        return this;
    }

    RowWriter text(String value) {
        return text(value, styles.text);
    }

    RowWriter text(String value, CellStyle style) {
        String written = cells.text(cell(), value, style);
        return advance(longestLine(written), style.getWrapText() ? written : null);
    }

    /**
     * Text meant to run on over the empty cells to its right (a title or a note): it does not widen its column,
     * so one long sentence does not push a narrow id column to full width.
     */
    RowWriter spill(String value, CellStyle style) {
        cells.text(cell(), value, style);
        column++;
        return this;
    }

    /** Text that wraps inside its column's capped width. */
    RowWriter wrapped(String value) {
        return text(value, styles.wrapped);
    }

    RowWriter list(Collection<String> values) {
        return wrapped(String.join(", ", values));
    }

    /** Arabic (or any right-to-left) text: right-aligned with right-to-left reading order. */
    RowWriter rtl(String value) {
        return text(value, styles.rightToLeftWrapped);
    }

    RowWriter integer(long value) {
        return integer(value, styles.integer);
    }

    RowWriter integer(long value, CellStyle style) {
        cells.number(cell(), value, style);
        return advance(Long.toString(value).length(), null);
    }

    RowWriter decimal(double value) {
        cells.number(cell(), value, styles.decimal);
        return advance(6, null);
    }

    RowWriter integerOrBlank(Integer value) {
        return value == null ? skip() : integer(value);
    }

    /**
     * A day as a date cell, a month as a date cell shown as yyyy-mm; a quarter or year stays text, because
     * turning "2021" into 2021-01-01 would claim a precision the source does not have.
     */
    RowWriter date(PartialDate date) {
        if (date == null) {
            return skip();
        }
        return switch (date.precision()) {
            case DAY -> dateCell(date, styles.day);
            case MONTH -> dateCell(date, styles.month);
            default -> text(date.toString());
        };
    }

    RowWriter timestamp(Instant instant, CellStyle style) {
        cells.timestamp(cell(), LocalDateTime.ofInstant(instant, ZoneOffset.UTC), style);
        return advance(19, null);
    }

    /** The text, linked to the target URL (or to the text itself when that is a URL). */
    RowWriter link(String text, String target) {
        String clean = SafeCells.clean(text);
        boolean allowed = owner.mayLink();
        if (cells.link(cell(), clean, target, allowed)) {
            owner.linked();
        } else if (!allowed && (SafeCells.isWebLink(clean) || SafeCells.isWebLink(SafeCells.clean(target)))) {
            owner.unlinked();
        }
        return advance(clean.length(), null);
    }

    /** A link to a row of another sheet, or the text alone when there is no row or the sheet has its share of links. */
    RowWriter rowLink(String text, String sheet, Integer targetRow) {
        if (targetRow == null || !owner.mayLink()) {
            return text(text);
        }
        cells.documentLink(cell(), text, sheet, targetRow);
        owner.linked();
        return advance(text.length(), null);
    }

    RowWriter day(LocalDate day, CellStyle style) {
        return dateCell(PartialDate.ofDay(day), style);
    }

    private RowWriter dateCell(PartialDate date, CellStyle style) {
        cells.date(cell(), date.earliest(), style);
        return advance(10, null);
    }

    private Cell cell() {
        return row.createCell(column);
    }

    private RowWriter advance(int chars, String wrappedText) {
        owner.observe(column, chars);
        if (wrappedText != null) {
            int width = (int) ((owner.capOf(column) - 2) * CHARS_PER_WIDTH_UNIT);
            int needed = wrappedText.indexOf('\n') < 0 ? (wrappedText.length() + width - 1) / width
                    : wrappedText.lines().mapToInt(l -> Math.max(1, (l.length() + width - 1) / width)).sum();
            if (needed > lines) {
                lines = Math.min(needed, MAX_LINES);
                row.setHeightInPoints(lines * LINE_POINTS);
            }
        }
        column++;
        return this;
    }

    private static int longestLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text.length();
        }
        return text.lines().mapToInt(String::length).max().orElse(0);
    }
}
