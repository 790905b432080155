package org.briefingengine.intake.excel;

import org.briefingengine.intake.IntakeRows;
import org.briefingengine.intake.IntakeRow;
import org.briefingengine.intake.ReviewedCell;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.intake.IntakeLayout;
import org.briefingengine.intake.IntakeLayout.Column;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Role;

/**
 * Writes the intake workbook: one sheet per record kind, a note on every header, drop-down lists filled from the
 * registers and the taxonomy. {@link #template} leaves the sheets empty; {@link #export} fills them with the facts,
 * so a team can edit in a spreadsheet and import the workbook back.
 */
public final class IntakeWorkbookWriter {

    private static final int ROWS_VALIDATED = 2000;

    /** An empty workbook whose lists hold the ids of {@code facts} (forums, actors, topics, roles). */
    public void template(FactSet facts, Path out) throws IOException {
        write(facts, Map.of(), out);
    }

    /**
     * The workbook with every meeting, actor, forum and person of {@code facts}, every field of each, in the
     * template's layout: importing it gives the same facts back.
     */
    public void export(FactSet facts, Path out) throws IOException {
        review(facts, IntakeRows.of(facts), out);
    }

    /**
     * {@code rows} in the template's layout; drafts for review hold {@link ReviewedCell}s, each written with its quote
     * beside it (the review columns on Participation and Topics, a note on the cell on Meetings). {@code import}
     * reads it back.
     */
    public void review(FactSet registers, List<IntakeRow> rows, Path out) throws IOException {
        Map<String, List<List<Object>>> bySheet = new java.util.LinkedHashMap<>();
        for (IntakeRow row : rows) {
            IntakeLayout.Sheet layout = IntakeLayout.sheet(row.sheet());
            List<Object> cells = new ArrayList<>(java.util.Collections.nCopies(layout.columns().size(), null));
            row.cells().forEach((header, value) -> cells.set(layout.index(header), value));
            bySheet.computeIfAbsent(row.sheet(), s -> new ArrayList<>()).add(cells);
        }
        write(registers, bySheet, out);
    }

    private void write(FactSet facts, Map<String, List<List<Object>>> rows, Path out) throws IOException {
        try (Workbook book = new XSSFWorkbook()) {
            Map<String, List<String>> lists = lists(facts);
            Sheet listSheet = book.createSheet(IntakeLayout.LISTS);
            List<String> listNames = new ArrayList<>(lists.keySet());
            for (IntakeLayout.Sheet layout : IntakeLayout.SHEETS) {
                Sheet sheet = book.createSheet(layout.name());
                header(book, sheet, layout);
                List<List<Object>> data = rows.getOrDefault(layout.name(), List.of());
                boolean reviewed = data.stream().flatMap(List::stream).anyMatch(ReviewedCell.class::isInstance);
                if (reviewed && IntakeLayout.REVIEWED_ROWS.contains(layout.name())) {
                    header(book, sheet, IntakeLayout.REVIEW, layout.columns().size());
                }
                for (int r = 0; r < data.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < data.get(r).size(); c++) {
                        Object value = data.get(r).get(c);
                        if (value instanceof ReviewedCell reviewedCell) {
                            review(book, sheet, row, c, reviewedCell, layout);
                        } else {
                            cell(row, c, value);
                        }
                    }
                }
                validations(sheet, layout, listNames, Math.max(ROWS_VALIDATED, data.size() + 100));
            }
            fillLists(listSheet, lists);
            book.setSheetOrder(IntakeLayout.LISTS, book.getNumberOfSheets() - 1);
            book.setActiveSheet(0);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(out)) {
                book.write(file);
            }
        }
    }

    private static void header(Workbook book, Sheet sheet, IntakeLayout.Sheet layout) {
        header(book, sheet, layout.columns(), 0);
        sheet.createFreezePane(0, 1);
    }

    private static void header(Workbook book, Sheet sheet, List<Column> columns, int first) {
        Row header = row(sheet, 0);
        var bold = book.createFont();
        bold.setBold(true);
        var style = book.createCellStyle();
        style.setFont(bold);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int c = first + i;
            var cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(style);
            note(book, sheet, cell, column.note());
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private static void note(Workbook book, Sheet sheet, org.apache.poi.ss.usermodel.Cell cell, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(book.getCreationHelper().createRichTextString(text));
        cell.setCellComment(comment);
    }

    private static void cell(Row row, int c, Object value) {
        if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            row.createCell(c).setCellValue(b);
        } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
        }
    }

    /** The value in its column and its passage beside it: review columns on one-value rows, else a cell note. */
    private static void review(Workbook book, Sheet sheet, Row row, int c, ReviewedCell value,
                               IntakeLayout.Sheet layout) {
        cell(row, c, value.value());
        if (value.quote() == null) {
            return;
        }
        if (IntakeLayout.REVIEWED_ROWS.contains(layout.name())) {
            int first = layout.columns().size();
            cell(row, first, value.quote());
            cell(row, first + 1, value.paragraph());
            cell(row, first + 2, value.confidence());
        } else {
            note(book, sheet, row.getCell(c), value.note());
        }
    }

    /** A drop-down on every column with a list, pointing at that list's column of the Lists sheet. */
    private static void validations(Sheet sheet, IntakeLayout.Sheet layout, List<String> listNames, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < layout.columns().size(); c++) {
            String list = layout.columns().get(c).list();
            if (list == null) {
                continue;
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listNames.indexOf(list));
            DataValidationConstraint constraint = helper.createFormulaListConstraint(
                    IntakeLayout.LISTS + "!$" + letter + "$2:$" + letter + "$" + 10000);
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, rows, c, c));
            validation.setShowErrorBox(false);
            sheet.addValidationData(validation);
        }
    }

    private static void fillLists(Sheet sheet, Map<String, List<String>> lists) {
        int c = 0;
        for (var list : lists.entrySet()) {
            row(sheet, 0).createCell(c).setCellValue(list.getKey());
            for (int r = 0; r < list.getValue().size(); r++) {
                row(sheet, r + 1).createCell(c).setCellValue(list.getValue().get(r));
            }
            c++;
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static Map<String, List<String>> lists(FactSet facts) {
        Map<String, List<String>> lists = new TreeMap<>();
        lists.put("forums", facts.forums().stream().map(f -> f.id()).sorted().toList());
        lists.put("actors", facts.actors().stream().map(a -> a.id()).sorted().toList());
        lists.put("topics", facts.topics().stream().map(t -> t.id()).sorted().toList());
        lists.put("roles", facts.roles().stream().map(Role::id).toList());
        lists.put("modes", names(MeetingMode.values()));
        lists.put("levels", names(MeetingLevel.values()));
        lists.put("actorTypes", names(ActorType.values()));
        lists.put("forumKinds", names(ForumKind.values()));
        lists.put("languages", Stream.of(Lang.values()).map(Lang::code).toList());
        lists.put("recordKinds", List.of("meeting", "actor", "forum", "person"));
        lists.put("booleans", List.of("true", "false"));
        return lists;
    }

    static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }
}
