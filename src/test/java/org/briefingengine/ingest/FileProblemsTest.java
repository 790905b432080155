package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.ingest.IngestFixtures.file;
import static org.briefingengine.ingest.IngestFixtures.lines;
import static org.briefingengine.ingest.IngestFixtures.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read as facts at all: each is one clear line, and the other files still load. */
class FileProblemsTest {

    @TempDir
    Path temp;

    @Test
    void missingComma_isReportedAtTheLineAndColumnWhereJsonBreaks() {
        LoadedInputs loaded = load("malformed_json");

        assertThat(lines(loaded)).containsExactly(file("malformed_json", "facts/meetings.json")
                + ":6:7: malformed JSON: Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries");
    }

    @Test
    void malformedFile_doesNotStopTheOtherFilesFromLoading() {
        LoadedInputs loaded = load("malformed_json");

        assertThat(loaded.facts().forums()).hasSize(1);
        assertThat(loaded.facts().actors()).hasSize(2);
    }

    @Test
    void emptyBlankAndSectionlessFiles_areEachReported() {
        LoadedInputs loaded = load("empty_file");

        assertThat(lines(loaded)).containsExactly(
                file("empty_file", "facts/blank.json")
                        + ": file is empty: add a JSON object such as {\"meetings\": []} or remove it",
                file("empty_file", "facts/empty.json")
                        + ": file is empty: add a JSON object such as {\"meetings\": []} or remove it",
                file("empty_file", "facts/no_sections.json")
                        + ":1:1: file holds no facts: add a section such as \"meetings\": [...]");
    }

    @Test
    void nestingBeyondTheDepthLimit_isACleanProblemWithItsPlace() {
        LoadedInputs loaded = load("too_deep_nesting");

        assertThat(lines(loaded)).containsExactly(file("too_deep_nesting", "facts/meetings.json")
                + ":5:52: JSON exceeds a safety limit: Document nesting depth (33) exceeds the maximum allowed (32)");
        assertThat(loaded.facts().forums()).hasSize(1);
    }

    @Test
    void missingFactsFolder_isReportedByName() {
        Path nowhere = temp.resolve("no-such-folder");

        LoadedInputs loaded = new FactLoader().load(nowhere, IngestFixtures.MINIMAL_RULES);

        assertThat(lines(loaded)).containsExactly(nowhere + ": facts folder not found: check the path or create it");
    }

    @Test
    void factsFolderWithNoJsonFiles_isReported() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "not a fact file");

        LoadedInputs loaded = new FactLoader().load(temp, IngestFixtures.MINIMAL_RULES);

        assertThat(lines(loaded)).containsExactly(
                temp + ": no fact files (*.json) found: add forums, actors and meetings files");
    }

    @Test
    void topLevelThatIsNotAnObject_isReported() throws IOException {
        Files.writeString(temp.resolve("meetings.json"), "[{\"id\": \"ppf-2021\"}]\n");

        LoadedInputs loaded = new FactLoader().load(temp, IngestFixtures.MINIMAL_RULES);

        assertThat(lines(loaded)).containsExactly(temp.resolve("meetings.json")
                + ":1:1: the top level must be an object such as {\"meetings\": [...]}, not an array");
    }

    @Test
    void tooBigFactFile_isRefusedBeforeAnythingReadsIt() throws IOException {
        Path big = JsonDocumentReaderTest.sparseFile(temp.resolve("big.json"), JsonDocumentReader.MAX_FILE_BYTES + 1);

        LoadedInputs loaded = new FactLoader().load(temp, IngestFixtures.MINIMAL_RULES);

        assertThat(lines(loaded)).containsExactly(big + ": file is too big (67108865 bytes, limit 64 MiB): "
                + "split it into several files");
        // Not even hashed: hashing reads the whole file, which for a file of several GiB ends in OutOfMemoryError.
        assertThat(loaded.factFileHashes()).isEmpty();
    }
}
