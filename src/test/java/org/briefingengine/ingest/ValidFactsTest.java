package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.ingest.IngestFixtures.load;

import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Topic;
import org.junit.jupiter.api.Test;

/** What must load without a word: the smallest valid fact set, and the same set saved with a byte-order mark. */
class ValidFactsTest {

    @Test
    void minimalFactSet_loadsWithNoProblems() {
        LoadedInputs loaded = load("valid_minimal");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.facts().forums()).singleElement().satisfies(f -> assertThat(f.id()).isEqualTo(
                "paris-peace-forum"));
        assertThat(loaded.facts().actors()).extracting(a -> a.id()).containsExactly("FRA", "DEU");
    }

    @Test
    void minimalMeeting_isBoundFieldByField() {
        Meeting meeting = load("valid_minimal").facts().meetings().get(0);

        assertThat(meeting.id()).isEqualTo("ppf-2021");
        assertThat(meeting.forum()).isEqualTo("paris-peace-forum");
        assertThat(meeting.start()).isEqualTo(PartialDate.parse("2021-11-11"));
        assertThat(meeting.end()).isEqualTo(PartialDate.parse("2021-11-13"));
        assertThat(meeting.mode()).isEqualTo(MeetingMode.HYBRID);
        assertThat(meeting.levelIfKnown()).isEmpty();
        assertThat(meeting.coChairs()).containsExactly("FRA");
        assertThat(meeting.participants()).containsExactly("FRA", "DEU");
        assertThat(meeting.topics()).containsExactly("climate", "digital-governance");
        assertThat(meeting.sources()).singleElement().satisfies(s -> {
            assertThat(s.citation()).isEqualTo("SPEC.md");
            assertThat(s.language()).isEqualTo(Lang.EN);
        });
    }

    @Test
    void taxonomyAndParameters_comeFromTheRulesFolder() {
        LoadedInputs loaded = load("valid_minimal");

        assertThat(loaded.facts().topics()).extracting(Topic::id)
                .containsExactly("climate", "climate-security", "digital-governance", "human-rights", "mediation");
        assertThat(loaded.facts().topic("climate-security")).hasValueSatisfying(t -> {
            assertThat(t.family()).isEqualTo("climate");
        });
        assertThat(loaded.facts().topic("climate")).hasValueSatisfying(t ->
                assertThat(t.labels()).containsEntry(Lang.AR, "المناخ"));
        assertThat(loaded.parametersByName().get("overlap.minForums").number()).isEqualTo(2.0);
        assertThat(loaded.parametersByName().get("report.classification").text()).isEqualTo("RESTRICTED");
        assertThat(loaded.parametersByName().get("report.classification").hasNumber()).isFalse();
    }

    @Test
    void everyFactFile_isHashedUnderItsPathInsideTheFactsFolder() {
        LoadedInputs loaded = load("valid_minimal");

        assertThat(loaded.factFileHashes()).containsOnlyKeys("forums_and_actors.json", "meetings.json");
        assertThat(loaded.factFileHashes().values()).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void filesStartingWithAUtf8ByteOrderMark_loadLikeAnyOther() {
        LoadedInputs withBom = load("bom_utf8");

        assertThat(withBom.problems()).isEmpty();
        assertThat(withBom.facts().meetings()).isEqualTo(load("valid_minimal").facts().meetings());
        assertThat(withBom.facts().forums()).isEqualTo(load("valid_minimal").facts().forums());
    }
}
