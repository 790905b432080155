package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Membership;
import org.briefingengine.model.Names;
import org.briefingengine.model.Person;
import org.briefingengine.model.Source;
import org.briefingengine.model.SourceDocument;
import org.briefingengine.testing.TestFiles;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The intake workbook: template, filled by hand (here with POI), imported, briefed; export and import back. */
class IntakeWorkbookTest {

    private static final String EVERY_FIELD = "src/test/resources/intake/every-field";

    @TempDir
    Path dir;

    @Test
    void threeMeetingsTypedIntoTheTemplate_importAndAppearInThePack() throws IOException {
        Path intake = dir.resolve("intake.xlsx");
        assertThat(Cli.run("template", "--out", intake.toString(), "--quiet").exitCode()).isZero();
        fill(intake, "unsc");
        Path facts = TestFiles.copyTree(Path.of("fixtures"), dir.resolve("facts"));

        Cli.Result imported = Cli.run("import", intake.toString(), "--out", facts.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("import: intake.xlsx: three meetings");

        FactSet loaded = new FactLoader().load(facts, Path.of("rules")).facts();
        Meeting excelDate = loaded.meeting("unsc-2021-10-intake").orElseThrow();
        assertThat(excelDate.start().toString()).isEqualTo("2021-10-14");
        assertThat(excelDate.participants()).containsExactly("FRA", "DEU");
        assertThat(excelDate.coChairs()).containsExactly("FRA");
        assertThat(excelDate.topics()).containsExactly("human-rights");
        assertThat(excelDate.sources().get(0).document()).isEqualTo("intake-notes.txt");
        assertThat(loaded.meeting("unsc-2021-q4-intake").orElseThrow().start().toString()).isEqualTo("2021-Q4");
        assertThat(loaded.meeting("unsc-2021-11-arabic").orElseThrow().start().toString()).isEqualTo("2021-11-03");

        Cli.Result run = Cli.run("run", "--facts", facts.toString(), "--period", "2021-Q4", "--out",
                dir.resolve("reports").toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String findings = Files.readString(dir.resolve("reports/2021-Q4/findings-2021-Q4.json"));
        assertThat(findings).contains("unsc-2021-10-intake").contains("unsc-2021-11-arabic");
    }

    @Test
    void aWrongForumIdInD12_isReportedAtItsCellWithASuggestion_andNothingIsWritten() throws IOException {
        Path intake = dir.resolve("intake.xlsx");
        Cli.run("template", "--out", intake.toString(), "--quiet");
        fill(intake, "unsc");
        try (Workbook book = open(intake)) {
            Sheet meetings = book.getSheet("Meetings");
            Row row12 = meetings.createRow(11);
            row12.createCell(0).setCellValue("unsc-2021-12-typo");
            row12.createCell(1).setCellValue("A meeting with a typo in its forum");
            row12.createCell(2).setCellValue("2021-12");
            row12.createCell(3).setCellValue("unsc2");
            row12.createCell(6).setCellValue("in-person");
            save(book, intake);
        }
        Path facts = TestFiles.copyTree(Path.of("fixtures"), dir.resolve("facts"));

        Cli.Result result = Cli.run("import", intake.toString(), "--out", facts.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("briefing: intake.xlsx: Meetings!D12: unknown forum 'unsc2' (did you mean"
                + " 'unsc'?)");
        assertThat(facts.resolve("intake.json")).doesNotExist();
    }

    /** Workbooks are imported, not read by --facts (README "Bringing your own data"): the error says so. */
    @Test
    void aWorkbookGivenToFacts_isRefusedWithTheImportCommandToRun() {
        Path intake = dir.resolve("intake.xlsx");
        Cli.run("template", "--out", intake.toString(), "--quiet");

        Cli.Result result = Cli.run("run", "--facts", intake.toString(), "--out", dir.resolve("r").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("briefing: " + intake + ": an intake workbook is not read by --facts: run"
                + " 'briefing import intake.xlsx --out DIR' (it writes DIR/intake.json), then give --facts DIR");
    }

    /**
     * Export then import is lossless: every record of every kind comes back equal, field for field. The fixtures, and
     * a small fact set that gives every field of the model a value (see {@link #theEveryFieldFacts_giveEveryFieldAValue}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"fixtures", EVERY_FIELD})
    void exportThenImport_givesTheSameFacts_recordByRecord(String folder) throws IOException {
        Path again = exportAndImport(Path.of(folder));

        LoadedInputs original = new FactLoader().load(Path.of(folder), Path.of("rules"));
        LoadedInputs back = new FactLoader().load(again, Path.of("rules"));
        assertThat(original.problems()).filteredOn(InputProblem::isError).isEmpty();
        assertThat(back.problems()).filteredOn(InputProblem::isError).isEmpty();
        FactSet before = original.facts();
        FactSet after = back.facts();
        assertThat(after.meetings()).containsExactlyElementsOf(before.meetings());
        assertThat(after.actors()).containsExactlyElementsOf(before.actors());
        assertThat(after.forums()).containsExactlyElementsOf(before.forums());
        assertThat(after.persons()).containsExactlyElementsOf(before.persons());
        assertThat(after.register().entries()).containsExactlyElementsOf(before.register().entries());
        assertThat(after).isEqualTo(before);
    }

    /**
     * Workbooks saved by LibreOffice (headless, as a user's Calc would save them) import as POI's do: the three typed
     * meetings keep their dates, and an exported fact set comes back equal. Needs {@code soffice} on the PATH.
     */
    @Test
    void workbooksSavedByLibreOffice_importTheSame() throws Exception {
        Path soffice = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path intake = dir.resolve("intake.xlsx");
        Cli.run("template", "--out", intake.toString(), "--quiet");
        fill(intake, "unsc");
        Path all = dir.resolve("all.xlsx");
        Cli.run("export", "--facts", EVERY_FIELD, "--out", all.toString(), "--quiet");
        Path saved = Files.createDirectory(dir.resolve("saved"));
        Process calc = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation="
                + dir.resolve("profile").toUri(), "--convert-to", "xlsx", "--outdir", saved.toString(),
                intake.toString(), all.toString()).redirectErrorStream(true).start();
        String said = new String(calc.getInputStream().readAllBytes());
        assertThat(calc.waitFor()).as(said).isZero();

        Path facts = TestFiles.copyTree(Path.of("fixtures"), dir.resolve("facts"));
        Cli.Result imported = Cli.run("import", saved.resolve("intake.xlsx").toString(), "--out", facts.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        FactSet loaded = new FactLoader().load(facts, Path.of("rules")).facts();
        assertThat(loaded.meeting("unsc-2021-10-intake").orElseThrow().start().toString()).isEqualTo("2021-10-14");
        assertThat(loaded.meeting("unsc-2021-q4-intake").orElseThrow().start().toString()).isEqualTo("2021-Q4");
        assertThat(loaded.meeting("unsc-2021-11-arabic").orElseThrow().start().toString()).isEqualTo("2021-11-03");

        Cli.Result again = Cli.run("import", saved.resolve("all.xlsx").toString(), "--out",
                dir.resolve("again").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(new FactLoader().load(dir.resolve("again"), Path.of("rules")).facts())
                .isEqualTo(new FactLoader().load(Path.of(EVERY_FIELD), Path.of("rules")).facts());
    }

    @Test
    void theFixturesReimportedFromTheirExport_giveTheSameFindings() throws IOException {
        Path again = exportAndImport(Path.of("fixtures"));

        assertThat(findings(Path.of("fixtures"), "before")).isEqualTo(findings(again, "after")).isNotEmpty();
    }

    @Test
    void wrongCellsOnTheNewSheets_areReportedAtTheirCells() throws IOException {
        Path all = dir.resolve("all.xlsx");
        Cli.run("export", "--facts", EVERY_FIELD, "--out", all.toString(), "--quiet");
        try (Workbook book = open(all)) {
            book.getSheet("Memberships").getRow(1).getCell(1).setCellValue("G78");
            book.getSheet("Memberships").getRow(2).getCell(2).setCellValue("2020-13");
            book.getSheet("Forums").getRow(1).getCell(12).setCellValue("yes");
            book.getSheet("Sources").getRow(1).createCell(6).setCellValue("org");
            book.getSheet("Glosses").getRow(1).getCell(0).setCellValue("recrod.csv");
            save(book, all);
        }

        Cli.Result result = Cli.run("import", all.toString(), "--out", dir.resolve("again").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("all.xlsx: Memberships!B2: ").contains("'G78'")
                .contains("all.xlsx: Memberships!C3: ").contains("2020-13")
                .contains("all.xlsx: Forums!M2: 'manyPerDay' must be true or false, not a string")
                .contains("all.xlsx: Sources!G2: unknown record kind 'org': use meeting, actor, forum or person")
                .contains("all.xlsx: Glosses!A2: no Register entry for document 'recrod.csv'");
        assertThat(dir.resolve("again")).doesNotExist();
    }

    /** Guards the round-trip test against a field added to the model but not to the workbook. */
    @Test
    void theEveryFieldFacts_giveEveryFieldAValue() {
        FactSet facts = new FactLoader().load(Path.of(EVERY_FIELD), Path.of("rules")).facts();
        List<Object> records = new ArrayList<>();
        records.addAll(facts.meetings());
        records.addAll(facts.actors());
        records.addAll(facts.forums());
        records.addAll(facts.persons());
        facts.actors().forEach(a -> records.addAll(a.memberships()));
        facts.actors().forEach(a -> records.add(a.names()));
        facts.meetings().forEach(m -> records.addAll(m.sources()));
        records.addAll(facts.register().entries());

        for (Class<?> type : List.of(Meeting.class, Actor.class, Forum.class, Person.class, Membership.class,
                Source.class, Names.class, SourceDocument.class)) {
            for (RecordComponent field : type.getRecordComponents()) {
                assertThat(records.stream().filter(type::isInstance).map(r -> valueOf(field, r))
                        .anyMatch(IntakeWorkbookTest::given))
                        .as(type.getSimpleName() + "." + field.getName() + " has a value in " + EVERY_FIELD).isTrue();
            }
        }
    }

    private Path exportAndImport(Path facts) {
        Path all = dir.resolve("all.xlsx");
        Cli.Result exported = Cli.run("export", "--facts", facts.toString(), "--out", all.toString(), "--quiet");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        Path again = dir.resolve("again");
        Cli.Result imported = Cli.run("import", all.toString(), "--out", again.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return again;
    }

    private JsonNode findings(Path facts, String name) throws IOException {
        Path out = dir.resolve("reports-" + name);
        Cli.Result run = Cli.run("run", "--facts", facts.toString(), "--period", "all", "--out", out.toString(),
                "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(out.resolve("all/findings-all.json").toFile()).get("findings");
    }

    private static Object valueOf(RecordComponent field, Object record) {
        try {
            return field.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean given(Object value) {
        return value != null && !"".equals(value) && !Boolean.FALSE.equals(value)
                && !(value instanceof Number n && n.doubleValue() == 0)
                && !(value instanceof java.util.Collection<?> c && c.isEmpty())
                && !(value instanceof java.util.Map<?, ?> m && m.isEmpty());
    }

    /** Three meetings: an Excel date, a quarter typed as text, a day in Eastern Arabic digits. */
    private static void fill(Path intake, String forum) throws IOException {
        try (Workbook book = open(intake)) {
            Sheet meetings = book.getSheet("Meetings");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row first = meetings.createRow(1);
            first.createCell(0).setCellValue("unsc-2021-10-intake");
            first.createCell(1).setCellValue("Open debate typed into the intake workbook");
            first.createCell(2).setCellValue(LocalDate.of(2021, 10, 14));
            first.getCell(2).setCellStyle(date);
            first.createCell(3).setCellValue(forum);
            first.createCell(6).setCellValue("in-person");
            meeting(meetings.createRow(2), "unsc-2021-q4-intake", "Briefing known only by quarter", "2021-Q4", forum);
            meeting(meetings.createRow(3), "unsc-2021-11-arabic", "Meeting dated in Arabic digits", "٢٠٢١-١١-٠٣",
                    forum);
            Sheet participation = book.getSheet("Participation");
            row(participation, 1, "unsc-2021-10-intake", "FRA", "participant");
            row(participation, 2, "unsc-2021-10-intake", "DEU", "participant");
            row(participation, 3, "unsc-2021-10-intake", "FRA", "co-chair");
            Sheet topics = book.getSheet("Topics");
            for (int i = 0; i < 3; i++) {
                row(topics, i + 1, meetings.getRow(i + 1).getCell(0).getStringCellValue(), "human-rights");
            }
            Sheet sources = book.getSheet("Sources");
            for (int i = 0; i < 3; i++) {
                row(sources, i + 1, meetings.getRow(i + 1).getCell(0).getStringCellValue(), "intake-notes.txt", "",
                        "en", "line " + (i + 1), "typed by the analyst");
            }
            save(book, intake);
        }
    }

    private static void meeting(Row row, String id, String title, String start, String forum) {
        row.createCell(0).setCellValue(id);
        row.createCell(1).setCellValue(title);
        row.createCell(2).setCellValue(start);
        row.createCell(3).setCellValue(forum);
        row.createCell(6).setCellValue("virtual");
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static void save(Workbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }
}
