package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingengine.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fact files are bound one at a time and their trees dropped: problems found only once every file is read are still
 * placed at their line and column, and ids repeated across files are held once.
 */
class FileByFileReadingTest {

    private static final int FILES = 7;

    @Test
    void problemsFoundAfterEveryFileIsRead_arePlacedInEachFile(@TempDir Path facts) throws Exception {
        writeForumAndActors(facts);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path file = facts.resolve("meetings-" + i + ".json");
            Files.writeString(file, meetingFile(i, i % 2 == 0 ? "FRA" : "XYZ"));
            if (i % 2 == 1) {
                expected.add(file + ":7:31: /meetings/0/participants/1: unknown actor 'XYZ'");
            }
        }
        // every other file, so the files read again to place them are more than the few kept at a time
        LoadedInputs loaded = new FactLoader().load(facts, IngestFixtures.MINIMAL_RULES);

        assertThat(IngestFixtures.lines(loaded)).containsExactlyElementsOf(expected);
    }

    @Test
    void idsRepeatedAcrossFiles_areOneInstance(@TempDir Path facts) throws Exception {
        writeForumAndActors(facts);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(facts.resolve("meetings-" + i + ".json"), meetingFile(i, "FRA"));
        }

        List<Meeting> meetings = new FactLoader().load(facts, IngestFixtures.MINIMAL_RULES).facts().meetings();

        assertThat(meetings).hasSize(FILES);
        Meeting first = meetings.get(0);
        for (Meeting other : meetings.subList(1, FILES)) {
            assertThat(other.forum()).isSameAs(first.forum());
            assertThat(other.participants().get(0)).isSameAs(first.participants().get(0));
            assertThat(other.participants().get(1)).isSameAs(first.participants().get(1));
            assertThat(other.place()).isSameAs(first.place());
            assertThat(other.id()).isNotEqualTo(first.id());
        }
    }

    private static void writeForumAndActors(Path facts) throws Exception {
        Files.writeString(facts.resolve("a-forums.json"), """
                {"forums": [{"id": "ppf", "names": {"en": "Paris Peace Forum"}, "kind": "summit"}]}
                """);
        Files.writeString(facts.resolve("a-actors.json"), """
                {"actors": [
                  {"id": "FRA", "type": "state", "names": {"en": "France"}},
                  {"id": "DEU", "type": "state", "names": {"en": "Germany"}}
                ]}
                """);
    }

    private static String meetingFile(int i, String secondParticipant) {
        return """
                {
                  "meetings": [
                    {
                      "id": "ppf-%d", "forum": "ppf", "title": "Forum %d",
                      "start": "2021-11-1%d", "place": "Paris", "mode": "in-person",
                      "topics": ["climate"],
                      "participants": ["DEU", "%s"]
                    }
                  ]
                }
                """.formatted(i, i, i, secondParticipant);
    }
}
