package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --workbook}: the drafts in the intake layout, each value's quote beside it, and back by import. */
class ExtractWorkbookTest {

    private static final Path ARTICLE = ExtractCommandTest.SEEDS.resolve("001_48a734985bc6856c.txt");
    private static final DataFormatter CELLS = new DataFormatter();

    @TempDir
    Path temp;

    @Test
    void theParisPeaceForumArticle_givesAReviewWorkbook_withTheExactQuotes_thatImportsBack() throws IOException {
        Path drafts = temp.resolve("drafts");
        Path workbook = temp.resolve("drafts.xlsx");
        Cli.Result extract = Cli.run("extract", ARTICLE.toString(), "--out", drafts.toString(), "--workbook",
                workbook.toString(), "-q");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        JsonNode draft = new ObjectMapper().readTree(drafts.resolve("meetings/001-48a734985bc6856c.json").toFile())
                .get("meetings").get(0);
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);

        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            Sheet meetings = book.getSheet("Meetings");
            Row meeting = meetings.getRow(1);
            assertThat(cell(meeting, meetings, "id")).isEqualTo("draft-001-48a734985bc6856c-1");
            assertThat(cell(meeting, meetings, "forum")).isEqualTo("paris-peace-forum");
            assertThat(cell(meeting, meetings, "start")).isEqualTo("2021-11-11");
            assertThat(cell(meeting, meetings, "end")).isEqualTo("2021-11-13");
            String forumNote = meeting.getCell(column(meetings, "forum")).getCellComment().getString().getString();
            assertThat(forumNote).isEqualTo("confidence high, paragraph 1: «منتدى باريس للسلام»");
            assertThat(meeting.getCell(column(meetings, "start")).getCellComment().getString().getString())
                    .contains(quote(draft, "start", "2021-11-11"));

            Sheet topics = book.getSheet("Topics");
            List<String> drafted = new ArrayList<>();
            for (int r = 1; r <= topics.getLastRowNum(); r++) {
                Row row = topics.getRow(r);
                String topic = cell(row, topics, "topic");
                String quote = cell(row, topics, "quote");
                assertThat(quote).isEqualTo(quote(draft, "topics", topic));
                assertThat(article).contains(quote);
                assertThat(cell(row, topics, "confidence")).isIn("high", "medium", "low");
                assertThat(cell(row, topics, "paragraph")).matches("\\d+");
                drafted.add(topic);
            }
            assertThat(drafted).containsExactlyElementsOf(texts(draft.get("topics")));
            Sheet participation = book.getSheet("Participation");
            assertThat(participation.getLastRowNum()).isEqualTo(draft.get("participants").size());
            Row first = participation.getRow(1);
            assertThat(cell(first, participation, "quote"))
                    .isEqualTo(quote(draft, "participants", cell(first, participation, "actor")));
        }

        Path facts = temp.resolve("facts");
        Files.createDirectories(facts);
        TestFiles.copyTree(drafts.resolve("registers"), facts);
        Cli.Result imported = Cli.run("import", workbook.toString(), "--out", facts.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("import: drafts.xlsx: one meeting");
        FactSet loaded = new FactLoader().load(facts, Path.of("rules")).facts();
        Meeting back = loaded.meeting("draft-001-48a734985bc6856c-1").orElseThrow();
        assertThat(back.forum()).isEqualTo("paris-peace-forum");
        assertThat(back.start().toString()).isEqualTo("2021-11-11");
        assertThat(back.topics()).containsExactlyElementsOf(texts(draft.get("topics")));
        assertThat(back.participants()).containsExactlyInAnyOrderElementsOf(texts(draft.get("participants")));
        assertThat(back.sources()).hasSameSizeAs(draft.get("sources"));
    }

    private static String cell(Row row, Sheet sheet, String header) {
        return CELLS.formatCellValue(row.getCell(column(sheet, header)));
    }

    private static int column(Sheet sheet, String header) {
        for (var c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    /** The quote of the draft's source for one value, from the JSON drafts. */
    private static String quote(JsonNode meeting, String field, String value) {
        for (JsonNode s : meeting.get("sources")) {
            if (s.get("pointer").asText().contains("; field " + field + " = " + value + ";")) {
                return s.get("quote").asText();
            }
        }
        throw new AssertionError("no source for " + field + " = " + value);
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }
}
