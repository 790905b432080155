package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.ingest.IngestFixtures.file;
import static org.briefingengine.ingest.IngestFixtures.lines;
import static org.briefingengine.ingest.IngestFixtures.load;

import org.briefingengine.model.Meeting;
import org.junit.jupiter.api.Test;

/** Fields that are wrong inside one fact: each problem is placed at the field, and all of them surface at once. */
class FieldProblemsTest {

    private static final String ALLOWED_MEETING_FIELDS = "allowed: coChairs, edition, end, forum, hosts, id, "
            + "initiatives, level, mode, outcomes, participantCount, participantNote, participants, people, place, "
            + "sources, start, title, topicWeights, topics";

    @Test
    void threeWrongTypesInOneMeeting_areThreeLinesInOnePass() {
        String meetings = file("wrong_types", "facts/meetings.json");

        LoadedInputs loaded = load("wrong_types");

        assertThat(lines(loaded)).containsExactly(
                meetings + ":6:16: /meetings/0/title: 'title' must be a string, not a number",
                meetings + ":9:27: /meetings/0/participantCount: 'participantCount' must be a whole number of at "
                        + "least 0, not \"45\"",
                meetings + ":10:17: /meetings/0/topics: 'topics' must be an array of strings, not a string");
        assertThat(loaded.facts().meetings()).isEmpty();
    }

    @Test
    void missingRequiredFields_areEachNamedAtTheMeeting() {
        String meetings = file("missing_required_fields", "facts/meetings.json");

        LoadedInputs loaded = load("missing_required_fields");

        assertThat(lines(loaded)).startsWith(
                meetings + ":3:5: /meetings/0: missing required field 'id'",
                meetings + ":3:5: /meetings/0: missing required field 'forum'",
                meetings + ":3:5: /meetings/0: missing required field 'start'",
                meetings + ":3:5: /meetings/0: missing required field 'mode'");
    }

    @Test
    void requiredFieldSetToNull_isReported_notSilentlyDropped() {
        String meetings = file("missing_required_fields", "facts/meetings.json");

        LoadedInputs loaded = load("missing_required_fields");

        assertThat(lines(loaded)).endsWith(meetings + ":8:13: /meetings/1/id: required field 'id' must not be null")
                .hasSize(5);
        assertThat(loaded.facts().meetings()).isEmpty();
    }

    @Test
    void impossibleDate_isRejectedWithTheReason() {
        String meetings = file("impossible_date", "facts/meetings.json");

        assertThat(lines(load("impossible_date"))).contains(
                meetings + ":7:16: /meetings/0/start: impossible date '2021-02-30' (Invalid date 'FEBRUARY 30')",
                meetings + ":15:14: /meetings/1/end: impossible date '2022-13' "
                        + "(Invalid value for MonthOfYear (valid values 1 - 12): 13)");
    }

    @Test
    void dateInNoAcceptedForm_isRejectedNamingTheForms() {
        String meetings = file("impossible_date", "facts/meetings.json");

        assertThat(lines(load("impossible_date"))).contains(meetings + ":14:16: /meetings/1/start: "
                + "malformed date '11 November 2022' (use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)").hasSize(3);
    }

    @Test
    void meetingEndingBeforeItStarts_isAnError() {
        LoadedInputs loaded = load("end_before_start");

        assertThat(lines(loaded)).containsExactly(file("end_before_start", "facts/meetings.json")
                + ":8:14: /meetings/0/end: meeting ends (2021-11-11) before it starts (2021-11-13): "
                + "correct 'start' or 'end'");
    }

    @Test
    void endThatMayFallWithinAnImpreciseStart_orOnTheSameDay_isFine() {
        LoadedInputs loaded = load("end_before_start");

        assertThat(loaded.facts().meetings()).extracting(Meeting::id).containsExactly("ppf-2019", "ppf-2020");
    }

    @Test
    void unknownField_isRejectedWithTheFieldsAllowed_andASuggestionForATypo() {
        String meetings = file("unknown_field", "facts/meetings.json");

        assertThat(lines(load("unknown_field"))).contains(meetings + ":11:16: /meetings/0/topcs: "
                + "unknown field 'topcs' (did you mean 'topics'?); " + ALLOWED_MEETING_FIELDS);
    }

    @Test
    void typeHintLikeAtClass_isJustAnotherUnknownField() {
        String meetings = file("unknown_field", "facts/meetings.json");

        LoadedInputs loaded = load("unknown_field");

        assertThat(lines(loaded)).contains(
                meetings + ":2:13: /@class: unknown section '@class'; this file may hold actors, forums, meetings, "
                        + "persons, sources",
                meetings + ":5:17: /meetings/0/@class: unknown field '@class'; " + ALLOWED_MEETING_FIELDS)
                .hasSize(3);
        assertThat(loaded.facts().meetings()).singleElement().isInstanceOf(Meeting.class);
    }
}
