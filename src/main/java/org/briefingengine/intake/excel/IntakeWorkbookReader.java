package org.briefingengine.intake.excel;

import org.briefingengine.intake.IntakeLayout;
import org.briefingengine.intake.EasternDigits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.ingest.Location;
import org.briefingengine.ingest.Problems;
import org.briefingengine.model.Suggestions;

/**
 * Reads a filled intake workbook into a fact document, remembering the cell of every value, so the usual binding and
 * validation report a wrong value as {@code intake.xlsx: Meetings!D12: unknown forum …}. Cells are read as what they
 * are: an Excel date becomes a day, text dates keep their precision, Eastern Arabic digits are read as digits, and a
 * number where text is expected (or the reverse) is an error at its cell, never coerced.
 */
public final class IntakeWorkbookReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> LIST_FIELDS = Map.of("co-chair", "coChairs", "host", "hosts",
            "participant", "participants");

    private final Problems problems;
    private final Map<String, Location> places = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter();
    private Path file;

    public IntakeWorkbookReader(Problems problems) {
        this.problems = problems;
    }

    public Optional<JsonDocument> read(Path workbook) {
        this.file = workbook;
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            ObjectNode root = NODES.objectNode();
            ArrayNode meetings = root.putArray("meetings");
            Map<String, Integer> meetingIndex = new HashMap<>();
            rows(book, IntakeLayout.MEETINGS, (row, at) -> {
                ObjectNode meeting = record(row, IntakeLayout.sheet(IntakeLayout.MEETINGS), "/meetings/"
                        + meetings.size(), List.of("initiatives", "outcomes"));
                if (meeting.hasNonNull("id")) {
                    meetingIndex.putIfAbsent(meeting.get("id").asText(), meetings.size());
                }
                meetings.add(meeting);
            });
            rows(book, IntakeLayout.PARTICIPATION, (row, at) -> participation(row, meetings, meetingIndex));
            rows(book, IntakeLayout.TOPICS, (row, at) -> linked(row, IntakeLayout.TOPICS, meetings, meetingIndex)
                    .ifPresent(i -> topic(meetings, i, row)));
            rows(book, IntakeLayout.SOURCES, (row, at) -> source(row, meetings, meetingIndex));
            ArrayNode actors = root.putArray("actors");
            rows(book, IntakeLayout.ACTORS, (row, at) -> actors.add(named(row, IntakeLayout.ACTORS,
                    "/actors/" + actors.size(), List.of())));
            ArrayNode forums = root.putArray("forums");
            rows(book, IntakeLayout.FORUMS, (row, at) -> forums.add(named(row, IntakeLayout.FORUMS,
                    "/forums/" + forums.size(), List.of("convenors", "members"))));
            return Optional.of(new JsonDocument(workbook, root, Map.of(), places));
        } catch (IOException | RuntimeException e) {
            problems.error(workbook, "cannot read the workbook: " + e.getMessage()
                    + " (save it as .xlsx from the intake template)");
            return Optional.empty();
        }
    }

    private interface RowReader {
        void read(Row row, int index);
    }

    /** Every non-blank data row of a sheet; a missing sheet is an error naming the sheets the template has. */
    private void rows(Workbook book, String name, RowReader reader) {
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            problems.error(file, "no sheet '" + name + "': start from 'briefing template' (sheets: "
                    + String.join(", ", IntakeLayout.SHEETS.stream().map(IntakeLayout.Sheet::name).toList()) + ")");
            return;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                reader.read(row, r);
            }
        }
    }

    private boolean blank(Row row) {
        for (Cell cell : row) {
            if (!text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A row as an object keyed by the layout's headers; {@code lines} columns become arrays, one entry per line. */
    private ObjectNode record(Row row, IntakeLayout.Sheet layout, String pointer, List<String> lines) {
        ObjectNode node = NODES.objectNode();
        places.put(pointer, at(row, 0));
        for (int c = 0; c < layout.columns().size(); c++) {
            String field = layout.columns().get(c).header();
            Cell cell = row.getCell(c);
            if (cell == null || text(cell).isBlank()) {
                continue;
            }
            places.put(pointer + "/" + field, at(row, c));
            if (lines.contains(field)) {
                ArrayNode list = node.putArray(field);
                for (String line : text(cell).split("\\R")) {
                    if (!line.isBlank()) {
                        places.put(pointer + "/" + field + "/" + list.size(), at(row, c));
                        list.add(line.strip());
                    }
                }
            } else {
                node.set(field, value(cell, field));
            }
        }
        return node;
    }

    /** An actor or forum row: the name columns gathered into {@code names}. */
    private ObjectNode named(Row row, String sheet, String pointer, List<String> lines) {
        ObjectNode node = record(row, IntakeLayout.sheet(sheet), pointer, lines);
        ObjectNode names = NODES.objectNode();
        for (String lang : List.of("en", "fr", "ar")) {
            JsonNode name = node.remove("name-" + lang);
            if (name != null) {
                names.set(lang, name);
                places.put(pointer + "/names/" + lang, places.get(pointer + "/name-" + lang));
            }
        }
        if (!names.isEmpty()) {
            node.set("names", names);
        }
        return node;
    }

    /** Dates and counts keep their cell type's meaning; everything else is text. */
    private JsonNode value(Cell cell, String field) {
        boolean date = field.equals("start") || field.equals("end") || field.equals("recordedSince");
        boolean number = field.equals("participantCount") || field.equals("cadenceYears") || field.equals("edition")
                || field.equals("weight");
        if (cell.getCellType() == CellType.NUMERIC && date && DateUtil.isCellDateFormatted(cell)) {
            return NODES.textNode(cell.getLocalDateTimeCellValue().toLocalDate().toString());
        }
        if (cell.getCellType() == CellType.NUMERIC && number) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) ? NODES.numberNode((long) v) : NODES.numberNode(v);
        }
        String text = text(cell).strip();
        return NODES.textNode(date ? EasternDigits.toAscii(text) : text);
    }

    private void participation(Row row, ArrayNode meetings, Map<String, Integer> index) {
        linked(row, IntakeLayout.PARTICIPATION, meetings, index).ifPresent(i -> {
            String role = text(row.getCell(2)).strip();
            String list = LIST_FIELDS.get(role);
            if (list != null) {
                add(meetings, i, list, row, 1);
            } else if (role.isEmpty()) {
                problems.add(new InputProblem(at(row, 2), "no role: pick one from the list (rules/roles.json)",
                        InputProblem.Level.ERROR));
            } else {
                String pointer = "/meetings/" + i + "/roles/" + role.replace("~", "~0").replace("/", "~1");
                places.putIfAbsent(pointer, at(row, 2));
                ObjectNode roles = ((ObjectNode) meetings.get(i)).with("roles");
                ArrayNode actors = roles.withArray(role);
                places.put(pointer + "/" + actors.size(), at(row, 1));
                actors.add(text(row.getCell(1)).strip());
            }
        });
    }

    /** A topic of a meeting and, when the row gives one, its weight. */
    private void topic(ArrayNode meetings, int i, Row row) {
        add(meetings, i, "topics", row, 1);
        Cell weight = row.getCell(2);
        if (weight != null && !text(weight).isBlank()) {
            String topic = text(row.getCell(1)).strip();
            String pointer = "/meetings/" + i + "/topicWeights/" + topic.replace("~", "~0").replace("/", "~1");
            places.put(pointer, at(row, 2));
            ((ObjectNode) meetings.get(i)).with("topicWeights").set(topic, value(weight, "weight"));
        }
    }

    private void source(Row row, ArrayNode meetings, Map<String, Integer> index) {
        linked(row, IntakeLayout.SOURCES, meetings, index).ifPresent(i -> {
            ArrayNode sources = ((ObjectNode) meetings.get(i)).withArray("sources");
            String pointer = "/meetings/" + i + "/sources/" + sources.size();
            ObjectNode source = record(row, IntakeLayout.sheet(IntakeLayout.SOURCES), pointer, List.of());
            source.remove("meeting");
            sources.add(source);
        });
    }

    /** The index of the meeting a linked row names, or empty (and an error at the cell) when there is none. */
    private Optional<Integer> linked(Row row, String sheet, ArrayNode meetings, Map<String, Integer> index) {
        String id = text(row.getCell(0)).strip();
        Integer i = index.get(id);
        if (i == null) {
            problems.add(new InputProblem(at(row, 0), (id.isEmpty() ? "no meeting id" : "no meeting '" + id
                    + "' on the Meetings sheet" + Suggestions.didYouMean(id, index.keySet())) + ": use an id from"
                    + " the Meetings sheet", InputProblem.Level.ERROR));
            return Optional.empty();
        }
        return Optional.of(i);
    }

    private void add(ArrayNode meetings, int i, String field, Row row, int column) {
        ArrayNode list = ((ObjectNode) meetings.get(i)).withArray(field);
        places.put("/meetings/" + i + "/" + field + "/" + list.size(), at(row, column));
        list.add(text(row.getCell(column)).strip());
    }

    private Location.Cell at(Row row, int column) {
        return new Location.Cell(file.getFileName(), row.getSheet().getSheetName(), row.getRowNum() + 1, column + 1);
    }

    private String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }
}
