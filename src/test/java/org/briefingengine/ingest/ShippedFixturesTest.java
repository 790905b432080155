package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Meeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data set the product ships with ({@code fixtures/}, {@code rules/}) is clean: no errors, no warnings. */
class ShippedFixturesTest {

    private static LoadedInputs loaded;

    @BeforeAll
    static void loadOnce() {
        loaded = new FactLoader().load(Path.of("fixtures"), Path.of("rules"));
    }

    @Test
    void shippedFixtures_loadWithNoErrorsAndNoWarnings() {
        assertThat(loaded.problems()).map(InputProblem::toString).isEmpty();
    }

    @Test
    void shippedFixtures_holdTwelveMeetingsInSixForums() {
        assertThat(loaded.facts().meetings()).hasSize(12);
        assertThat(loaded.facts().forums()).extracting(Forum::id).hasSize(6).contains("alliance-multilateralism",
                "paris-peace-forum", "un-regional-mediation", "unsc", "eu-ohchr-dialogue");
    }

    @Test
    void everyShippedMeeting_hasASourceAndATopic() {
        assertThat(loaded.facts().meetings()).allSatisfy(m -> {
            assertThat(m.sources()).as(m.id() + " sources").isNotEmpty();
            assertThat(m.topics()).as(m.id() + " topics").isNotEmpty();
        });
    }

    @Test
    void everyShippedMeeting_belongsToAShippedForum() {
        assertThat(loaded.facts().meetings()).extracting(Meeting::forum)
                .allMatch(forum -> loaded.facts().forum(forum).isPresent());
    }

    @Test
    void taxonomyHasTheTopicIdsTheSpecNames_withClimateSecurityUnderClimate() {
        assertThat(loaded.facts().topicsById()).containsKeys("climate", "climate-security", "digital-governance",
                "health", "human-rights", "gender-equality", "mediation", "ceasefires", "conflict-prevention",
                "peacekeeping", "peacebuilding", "information-integrity", "ihl", "autonomous-weapons", "civic-space",
                "inclusion-inequality", "rule-of-law", "migration", "covid-recovery", "global-commons", "north-south",
                "terrorism", "wmd", "illicit-trafficking", "natural-resources", "national-dialogues",
                "electoral-violence", "armed-groups");
        assertThat(loaded.facts().topic("climate-security")).hasValueSatisfying(t ->
                assertThat(t.family()).isEqualTo("climate"));
    }

    @Test
    void taxonomyLabels_readInsideASentence_inLowerCaseButForNames() {
        assertThat(loaded.facts().topic("civic-space")).hasValueSatisfying(t ->
                assertThat(t.inSentence()).isEqualTo("civic space"));
        assertThat(loaded.facts().topic("palestine-question")).as("marked keepCapital").hasValueSatisfying(t ->
                assertThat(t.inSentence()).isEqualTo("Palestinian question"));
    }

    @Test
    void everyShippedFactFile_isHashed() {
        assertThat(loaded.factFileHashes()).containsKeys("forums.json", "actors.json",
                "meetings/paris-peace-forum.json");
    }
}
