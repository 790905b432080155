package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader's limits against hostile or accidental input: every case ends as one problem line, never a crash. */
class JsonDocumentReaderTest {

    @TempDir
    Path temp;

    private final Problems problems = new Problems();

    @Test
    void fileJustOverTheSizeLimit_isRefusedUnread() throws IOException {
        Path big = sparseFile(temp.resolve("big.json"), JsonDocumentReader.MAX_FILE_BYTES + 1);

        Optional<JsonDocument> doc = new JsonDocumentReader().read(big, big, problems);

        assertThat(doc).isEmpty();
        assertThat(lines()).containsExactly(big + ": file is too big (67108865 bytes, limit 64 MiB): "
                + "split it into several files");
    }

    @Test
    void fileExactlyAtTheSizeLimit_isNotRefusedForItsSize() throws IOException {
        Path atLimit = sparseFile(temp.resolve("at-limit.json"), JsonDocumentReader.MAX_FILE_BYTES);

        new JsonDocumentReader().read(atLimit, atLimit, problems);

        assertThat(lines()).noneMatch(l -> l.contains("too big"));
    }

    @Test
    void hostileNestingFarBeyondTheLimit_stopsAtTheLimitWithoutOverflowingTheStack() throws IOException {
        Path deep = write("deep.json", "[".repeat(500_000));

        Optional<JsonDocument> doc = new JsonDocumentReader().read(deep, deep, problems);

        assertThat(doc).isEmpty();
        assertThat(lines()).containsExactly(deep + ":1:" + (JsonDocumentReader.MAX_DEPTH + 2)
                + ": JSON exceeds a safety limit: Document nesting depth (33) exceeds the maximum allowed (32)");
    }

    @Test
    void nestingAtTheLimit_isAccepted() throws IOException {
        int depth = JsonDocumentReader.MAX_DEPTH;
        Path deep = write("deep.json", "[".repeat(depth) + "]".repeat(depth));

        assertThat(new JsonDocumentReader().read(deep, deep, problems)).isPresent();
        assertThat(lines()).isEmpty();
    }

    @Test
    void stringLongerThanTheLimit_isRefused() throws IOException {
        Path longString = write("long.json", "{\"meetings\": [{\"title\": \"" + "x".repeat(100_001) + "\"}]}");

        new JsonDocumentReader().read(longString, longString, problems);

        assertThat(lines()).singleElement().asString()
                .startsWith(longString + ":1:")
                .endsWith(": JSON exceeds a safety limit: "
                        + "String value length (100001) exceeds the maximum allowed (100000)");
    }

    static Stream<Arguments> malformedJson() {
        return Stream.of(
                arguments("{\"a\": 1,}", "1:9: malformed JSON: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name"),
                arguments("{\"a\": 1} x", "1:11: malformed JSON: Unrecognized token 'x': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                arguments("{\"a\": 1, \"a\": 2}", "1:13: malformed JSON: Duplicate field 'a'"),
                arguments("// note", "1:1: malformed JSON: Unexpected character ('/' (code 47)): maybe a "
                        + "(non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not "
                        + "enabled for parser)"),
                arguments("{\"a\": 12345678901234567890}", "1:27: malformed JSON: Numeric value "
                        + "(12345678901234567890) out of range of long (-9223372036854775808 - 9223372036854775807)"),
                arguments("{\"a\": 1e-2147483648}", "1:20: malformed JSON: number 1e-2147483648 is out of range"),
                arguments("{\"a\": 1", "1:8: malformed JSON: Unexpected end-of-input: expected close marker "
                        + "for Object (start marker at [line: 1, column: 1])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedJson")
    void malformedJson_isOneProblemAtItsPlace(String json, String expected) throws IOException {
        Path file = write("bad.json", json);

        Optional<JsonDocument> doc = new JsonDocumentReader().read(file, file, problems);

        assertThat(doc).isEmpty();
        assertThat(lines()).containsExactly(file + ":" + expected);
    }

    @Test
    void fileThatIsNotUtf8_isReportedAtTheBadByte() throws IOException {
        Path latin1 = temp.resolve("latin1.json");
        Files.write(latin1, "{\n  \"x\": 1,\n  \"y\": 2,\n  \"z\": 3,\n  \"w\": 4,\n  \"a\": \"ä café\"}"
                .getBytes(StandardCharsets.ISO_8859_1));

        new JsonDocumentReader().read(latin1, latin1, problems);

        assertThat(lines()).containsExactly(latin1 + ":6:9: file is not valid UTF-8 (byte 0xE4 here): save the file "
                + "as UTF-8");
    }

    @Test
    void byteOrderMark_doesNotShiftTheColumnsOfLaterProblems() throws IOException {
        Path withBom = temp.resolve("bom.json");
        Files.write(withBom, "\uFEFF{\"a\": 1,}".getBytes(StandardCharsets.UTF_8));

        new JsonDocumentReader().read(withBom, withBom, problems);

        assertThat(lines()).singleElement().asString().startsWith(withBom + ":1:9: malformed JSON");
    }

    @Test
    void everyValue_isLocatedByItsJsonPointer() throws IOException {
        Path file = write("located.json", """
                {
                  "meetings": [
                    {"id": "x", "a/b": [1, {"c~d": true}]}
                  ]
                }
                """);

        JsonDocument doc = new JsonDocumentReader().read(file, file, problems).orElseThrow();

        assertThat(doc.problem("/meetings/0/id", "m", InputProblem.Level.ERROR).toString())
                .isEqualTo(file + ":3:12: /meetings/0/id: m");
        assertThat(doc.problem("/meetings/0/a~1b/1/c~0d", "m", InputProblem.Level.ERROR).toString())
                .isEqualTo(file + ":3:36: /meetings/0/a~1b/1/c~0d: m");
        assertThat(doc.problem("/meetings/0/missing", "m", InputProblem.Level.WARNING).toString())
                .as("a pointer to nothing is placed at its nearest located ancestor")
                .isEqualTo(file + ":3:5: warning: /meetings/0/missing: m");
    }

    static Path sparseFile(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private List<String> lines() {
        return problems.list().stream().map(InputProblem::toString).toList();
    }
}
