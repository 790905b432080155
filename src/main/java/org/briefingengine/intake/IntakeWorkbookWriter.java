package org.briefingengine.intake;

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

    /** The workbook with every forum, actor and meeting of {@code facts}, in the template's layout. */
    public void export(FactSet facts, Path out) throws IOException {
        write(facts, IntakeRows.of(facts), out);
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
                for (int r = 0; r < data.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < data.get(r).size(); c++) {
                        Object value = data.get(r).get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
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
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        var bold = book.createFont();
        bold.setBold(true);
        var style = book.createCellStyle();
        style.setFont(bold);
        for (int c = 0; c < layout.columns().size(); c++) {
            Column column = layout.columns().get(c);
            var cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(style);
            ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(book.getCreationHelper().createRichTextString(column.note()));
            cell.setCellComment(note);
            sheet.setColumnWidth(c, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
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
        return lists;
    }

    static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }
}
