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
    private static final String ALIASES = "aliases-";
    private static final java.util.Set<String> DATE_FIELDS = java.util.Set.of("start", "end", "recordedSince", "from",
            "until");
    private static final java.util.Set<String> NUMBER_FIELDS = java.util.Set.of("participantCount", "cadenceYears",
            "edition", "weight");
    private static final java.util.Set<String> BOOLEAN_FIELDS = java.util.Set.of("manyPerDay");

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
            Records meetings = new Records(root.putArray("meetings"), "meeting", IntakeLayout.MEETINGS);
            rows(book, IntakeLayout.MEETINGS, row -> meetings.add(record(row, IntakeLayout.sheet(IntakeLayout.MEETINGS),
                    meetings.nextPointer(), List.of("initiatives", "outcomes", "people"))));
            rows(book, IntakeLayout.PARTICIPATION, row -> participation(row, meetings));
            rows(book, IntakeLayout.TOPICS, row -> linked(row, meetings).ifPresent(i -> topic(meetings.array, i, row)));
            Records actors = new Records(root.putArray("actors"), "actor", IntakeLayout.ACTORS);
            rows(book, IntakeLayout.ACTORS, row -> actors.add(named(row, IntakeLayout.ACTORS, actors.nextPointer(),
                    List.of())));
            rows(book, IntakeLayout.MEMBERSHIPS, row -> membership(row, actors));
            Records forums = new Records(root.putArray("forums"), "forum", IntakeLayout.FORUMS);
            rows(book, IntakeLayout.FORUMS, row -> forums.add(named(row, IntakeLayout.FORUMS, forums.nextPointer(),
                    List.of("convenors", "members"))));
            Records persons = new Records(root.putArray("persons"), "person", IntakeLayout.PERSONS);
            rows(book, IntakeLayout.PERSONS, row -> persons.add(named(row, IntakeLayout.PERSONS,
                    persons.nextPointer(), List.of())));
            Map<String, Records> byKind = Map.of("meeting", meetings, "actor", actors, "forum", forums,
                    "person", persons);
            rows(book, IntakeLayout.SOURCES, row -> source(row, byKind));
            ArrayNode register = root.putArray("sources");
            Map<String, Integer> entries = new HashMap<>();
            rows(book, IntakeLayout.REGISTER, row -> {
                ObjectNode entry = record(row, IntakeLayout.sheet(IntakeLayout.REGISTER), "/sources/"
                        + register.size(), List.of());
                entries.putIfAbsent(entryKey(row), register.size());
                register.add(entry);
            });
            rows(book, IntakeLayout.GLOSSES, row -> gloss(row, register, entries));
            return Optional.of(new JsonDocument(workbook, root, Map.of(), places));
        } catch (IOException | RuntimeException e) {
            problems.error(workbook, "cannot read the workbook: " + e.getMessage()
                    + " (save it as .xlsx from the intake template)");
            return Optional.empty();
        }
    }

    /** The records read from one sheet, and the index of each id, for the rows on other sheets that name them. */
    private static final class Records {
        final ArrayNode array;
        final String kind;
        final String sheet;
        final Map<String, Integer> index = new HashMap<>();

        Records(ArrayNode array, String kind, String sheet) {
            this.array = array;
            this.kind = kind;
            this.sheet = sheet;
        }

        String nextPointer() {
            return pointer(array.size());
        }

        String pointer(int i) {
            return "/" + kind + "s/" + i;
        }

        void add(ObjectNode record) {
            if (record.hasNonNull("id")) {
                index.putIfAbsent(record.get("id").asText(), array.size());
            }
            array.add(record);
        }

        ObjectNode get(int i) {
            return (ObjectNode) array.get(i);
        }
    }

    private interface RowReader {
        void read(Row row);
    }

    /**
     * Every non-blank data row of a sheet. A missing sheet is an error naming the sheets the template has, unless a
     * workbook made before it existed may lack it.
     */
    private void rows(Workbook book, String name, RowReader reader) {
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            if (!IntakeLayout.OPTIONAL_SHEETS.contains(name)) {
                problems.error(file, "no sheet '" + name + "': start from 'briefing template' (sheets: "
                        + String.join(", ", IntakeLayout.SHEETS.stream().map(IntakeLayout.Sheet::name).toList())
                        + ")");
            }
            return;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                reader.read(row);
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
            if (lines.contains(field) || field.startsWith(ALIASES)) {
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

    /** An actor, forum or person row: the name columns gathered into {@code names}, the alias columns into
     * {@code aliases}. */
    private ObjectNode named(Row row, String sheet, String pointer, List<String> lines) {
        ObjectNode node = record(row, IntakeLayout.sheet(sheet), pointer, lines);
        gather(node, pointer, "name-", "names");
        gather(node, pointer, ALIASES, "aliases");
        return node;
    }

    /** Moves the fields {@code prefix + lang} into an object {@code into} keyed by language, with their cells. */
    private void gather(ObjectNode node, String pointer, String prefix, String into) {
        ObjectNode gathered = NODES.objectNode();
        for (String lang : IntakeLayout.LANGUAGES) {
            JsonNode value = node.remove(prefix + lang);
            if (value != null) {
                gathered.set(lang, value);
                String from = pointer + "/" + prefix + lang;
                String to = pointer + "/" + into + "/" + lang;
                new HashMap<>(places).forEach((key, cell) -> {
                    if (key.equals(from) || key.startsWith(from + "/")) {
                        places.put(to + key.substring(from.length()), cell);
                    }
                });
            }
        }
        if (!gathered.isEmpty()) {
            node.set(into, gathered);
        }
    }

    /** Dates, counts and yes-or-no settings keep their cell type's meaning; everything else is text. */
    private JsonNode value(Cell cell, String field) {
        boolean date = DATE_FIELDS.contains(field);
        boolean number = NUMBER_FIELDS.contains(field);
        if (cell.getCellType() == CellType.NUMERIC && date && DateUtil.isCellDateFormatted(cell)) {
            return NODES.textNode(cell.getLocalDateTimeCellValue().toLocalDate().toString());
        }
        if (cell.getCellType() == CellType.NUMERIC && number) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) ? NODES.numberNode((long) v) : NODES.numberNode(v);
        }
        // LibreOffice saves a typed TRUE as the formula TRUE() with its result beside it.
        boolean typedBoolean = cell.getCellType() == CellType.BOOLEAN || (cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.BOOLEAN);
        if (BOOLEAN_FIELDS.contains(field) && typedBoolean) {
            return NODES.booleanNode(cell.getBooleanCellValue());
        }
        String text = text(cell).strip();
        if (BOOLEAN_FIELDS.contains(field) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        return NODES.textNode(date ? EasternDigits.toAscii(text) : text);
    }

    private void participation(Row row, Records meetings) {
        linked(row, meetings).ifPresent(i -> {
            String role = text(row.getCell(2)).strip();
            String list = LIST_FIELDS.get(role);
            if (list != null) {
                add(meetings.array, i, list, row, 1);
            } else if (role.isEmpty()) {
                problems.add(new InputProblem(at(row, 2), "no role: pick one from the list (rules/roles.json)",
                        InputProblem.Level.ERROR));
            } else {
                String pointer = "/meetings/" + i + "/roles/" + escape(role);
                places.putIfAbsent(pointer, at(row, 2));
                ObjectNode roles = meetings.get(i).with("roles");
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
            String pointer = "/meetings/" + i + "/topicWeights/" + escape(topic);
            places.put(pointer, at(row, 2));
            ((ObjectNode) meetings.get(i)).with("topicWeights").set(topic, value(weight, "weight"));
        }
    }

    /** A dated membership, added to the actor it names on the Actors sheet. */
    private void membership(Row row, Records actors) {
        linked(row, actors).ifPresent(i -> {
            ArrayNode memberships = actors.get(i).withArray("memberships");
            String pointer = actors.pointer(i) + "/memberships/" + memberships.size();
            ObjectNode membership = record(row, IntakeLayout.sheet(IntakeLayout.MEMBERSHIPS), pointer, List.of());
            membership.remove("actor");
            memberships.add(membership);
        });
    }

    /** A source of the meeting, actor, forum or person its row names ({@code recordKind}; empty: a meeting). */
    private void source(Row row, Map<String, Records> byKind) {
        IntakeLayout.Sheet layout = IntakeLayout.sheet(IntakeLayout.SOURCES);
        int kindColumn = layout.index("recordKind");
        String kind = text(row.getCell(kindColumn)).strip();
        Records records = byKind.get(kind.isEmpty() ? "meeting" : kind);
        if (records == null) {
            problems.add(new InputProblem(at(row, kindColumn), "unknown record kind '" + kind + "'"
                    + Suggestions.didYouMean(kind, byKind.keySet()) + ": use meeting, actor, forum or person",
                    InputProblem.Level.ERROR));
            return;
        }
        linked(row, records).ifPresent(i -> {
            ArrayNode sources = records.get(i).withArray("sources");
            String pointer = records.pointer(i) + "/sources/" + sources.size();
            ObjectNode source = record(row, layout, pointer, List.of());
            source.remove("record");
            source.remove("recordKind");
            sources.add(source);
        });
    }

    /** An English gloss of a quote, added to the Register entry its document and pointer name. */
    private void gloss(Row row, ArrayNode register, Map<String, Integer> entries) {
        Integer i = entries.get(entryKey(row));
        if (i == null) {
            String pointer = text(row.getCell(1)).strip();
            problems.add(new InputProblem(at(row, 0), "no Register entry for document '" + text(row.getCell(0))
                    .strip() + "'" + (pointer.isEmpty() ? "" : " with pointer '" + pointer + "'") + ": add it to the"
                    + " Register sheet, or correct the document and pointer", InputProblem.Level.ERROR));
            return;
        }
        ArrayNode glosses = ((ObjectNode) register.get(i)).withArray("glosses");
        String pointer = "/sources/" + i + "/glosses/" + glosses.size();
        ObjectNode gloss = record(row, IntakeLayout.sheet(IntakeLayout.GLOSSES), pointer, List.of());
        gloss.remove("document");
        gloss.remove("pointer");
        glosses.add(gloss);
    }

    /** A Register entry is known by its document and pointer, the first two columns of Register and Glosses. */
    private String entryKey(Row row) {
        return text(row.getCell(0)).strip() + "\u0000" + text(row.getCell(1)).strip();
    }

    /** The index of the record a linked row names in its first column, or empty (and an error at the cell). */
    private Optional<Integer> linked(Row row, Records records) {
        String id = text(row.getCell(0)).strip();
        Integer i = records.index.get(id);
        if (i == null) {
            problems.add(new InputProblem(at(row, 0), (id.isEmpty() ? "no " + records.kind + " id" : "no "
                    + records.kind + " '" + id + "' on the " + records.sheet + " sheet"
                    + Suggestions.didYouMean(id, records.index.keySet())) + ": use an id from the " + records.sheet
                    + " sheet", InputProblem.Level.ERROR));
            return Optional.empty();
        }
        return Optional.of(i);
    }

    private void add(ArrayNode meetings, int i, String field, Row row, int column) {
        ArrayNode list = ((ObjectNode) meetings.get(i)).withArray(field);
        places.put("/meetings/" + i + "/" + field + "/" + list.size(), at(row, column));
        list.add(text(row.getCell(column)).strip());
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private Location.Cell at(Row row, int column) {
        return new Location.Cell(file.getFileName(), row.getSheet().getSheetName(), row.getRowNum() + 1, column + 1);
    }

    private String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }
}
