package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.ingest.IngestFixtures.file;
import static org.briefingengine.ingest.IngestFixtures.lines;
import static org.briefingengine.ingest.IngestFixtures.load;

import org.junit.jupiter.api.Test;

/** What no single fact can tell: ids that point nowhere, ids defined twice, co-chairs missing from the table. */
class CrossReferenceProblemsTest {

    @Test
    void misspeltTopicId_isReportedWithSuggestion() {
        LoadedInputs loaded = load("misspelt_topic");

        assertThat(lines(loaded)).containsExactly(file("misspelt_topic", "facts/meetings.json") + ":9:29: "
                + "/meetings/0/topics/1: unknown topic 'digital-govrenance' (did you mean 'digital-governance'?)");
    }

    @Test
    void unknownForumActorAndTopic_areEachReported_withoutASuggestionWhenNothingIsClose() {
        String meetings = file("unknown_forum_actor_topic", "facts/meetings.json");

        assertThat(lines(load("unknown_forum_actor_topic"))).containsExactly(
                meetings + ":5:16: /meetings/0/forum: unknown forum 'un-security-council'",
                meetings + ":9:31: /meetings/0/participants/1: unknown actor 'XKX'",
                meetings + ":10:18: /meetings/0/topics/0: unknown topic 'space-mining'");
    }

    @Test
    void sameMeetingIdInTwoFiles_isReportedAtTheSecondNamingTheFirst() {
        String first = file("duplicate_ids_across_files", "facts/meetings-a.json");
        String second = file("duplicate_ids_across_files", "facts/meetings-b.json");

        assertThat(lines(load("duplicate_ids_across_files"))).containsExactly(second + ":4:13: /meetings/0/id: "
                + "duplicate meeting id 'ppf-2021' (first defined at " + first + ":3): give one of them another id");
    }

    @Test
    void coChairNotAmongParticipants_isAWarningNotAnError() {
        LoadedInputs loaded = load("co_chair_not_participant");

        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.facts().meetings()).hasSize(1);
        assertThat(loaded.warnings()).singleElement().hasToString(file("co_chair_not_participant",
                "facts/meetings.json") + ":9:27: warning: /meetings/0/coChairs/1: co-chair 'DEU' is not among the "
                + "participants: add it to 'participants'");
    }

    @Test
    void coChairAmongParticipants_raisesNoWarning() {
        assertThat(load("valid_minimal").warnings()).isEmpty();
    }

    @Test
    void problemsInSeveralFiles_andEveryProblemOfABrokenMeeting_surfaceInOnePass() {
        String broken = file("problems_in_two_files", "facts/a-broken.json");
        String meetings = file("problems_in_two_files", "facts/b-meetings.json");

        LoadedInputs loaded = load("problems_in_two_files");

        assertThat(lines(loaded)).containsExactly(
                broken + ":3:23: malformed JSON: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name",
                meetings + ":5:16: /meetings/0/forum: unknown forum 'paris-peace-forun' "
                        + "(did you mean 'paris-peace-forum'?)",
                meetings + ":8:15: /meetings/0/mode: 'hybird' is not a valid mode (did you mean 'hybrid'?); "
                        + "use one of in-person, virtual, hybrid, unknown",
                meetings + ":9:18: /meetings/0/topics/0: unknown topic 'climate-securty' "
                        + "(did you mean 'climate-security'?)");
        assertThat(loaded.filesWithErrors()).isEqualTo(2);
    }
}
