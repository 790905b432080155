package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.briefingengine.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/quality: problems in the meetings of the period. The facts are built without validation, so unknown topic
 * and actor ids reach the rules as they would if an analyst's own loader skipped the ingest checks.
 */
class QualityRulesTest {

    private static final Period Q4 = Period.quarter(2021, 4);

    private static RuleScenario rules;

    @BeforeAll
    static void compile() {
        rules = RuleScenario.shippedRules();
    }

    private static Facts base() {
        return Facts.facts().forums("a", "b").topics("x", "y").actors("FRA", "DEU", "EU");
    }

    @Test
    void meetingWithoutTopics_isReported_onlyInThePeriod() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13")
                .meeting("m2", "a", "2021-10-14", "x")
                .meeting("earlier", "b", "2021-01-14"), Q4);

        assertThat(outcome.of("meeting-without-topics"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity, Finding::category)
                .containsExactly(tuple("m1", List.of("a"), List.of("m1"), Severity.MEDIUM, Category.QUALITY));
        assertThat(outcome.of("meeting-without-topics").get(0).statement())
                .isEqualTo("Meeting 'Meeting m1' (m1) has no topics: tag it with taxonomy ids.");
    }

    @Test
    void meetingWithoutSource_isHigh() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x").noSource("m1")
                .meeting("m2", "b", "2021-10-14", "x")
                .meeting("earlier", "b", "2021-01-14", "x").noSource("earlier"), Q4);

        assertThat(outcome.of("meeting-without-source"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("m1", List.of("a"), List.of("m1"), Severity.HIGH));
    }

    @Test
    void coChairMissingFromParticipants_isReported() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x").coChairs("m1", "FRA", "DEU").participants("m1", "FRA")
                .meeting("m2", "b", "2021-10-14", "x").chairedBy("m2", "FRA", "DEU"), Q4);

        assertThat(outcome.of("co-chair-not-participant"))
                .extracting(Finding::subject, Finding::actors, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("m1", List.of("DEU"), List.of("a"), List.of("m1"), Severity.LOW));
        assertThat(outcome.of("co-chair-not-participant").get(0).statement())
                .isEqualTo("Actor DEU is listed as co-chair of m1 but not among its participants.");
    }

    @Test
    void actorBothCoChairAndHostButNoParticipant_isOneFindingWithAUniqueId() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x").coChairs("m1", "EU").hosts("m1", "EU", "FRA"), Q4);

        assertThat(outcome.of("co-chair-not-participant"))
                .extracting(Finding::subject, Finding::actors, Finding::statement)
                .containsExactlyInAnyOrder(
                        tuple("m1", List.of("EU"), "Actor EU is listed as co-chair and host of m1 but not among its participants."),
                        tuple("m1", List.of("FRA"), "Actor FRA is listed as host of m1 but not among its participants."));
        assertThat(outcome.findings()).extracting(Finding::id).doesNotHaveDuplicates();
    }

    /**
     * Only actors the meeting itself lists as co-chair or host are checked (the UN counted as co-chair through OHCHR is
     * not a second finding), and an actor counted among the participants through a listed part or group is there.
     */
    @Test
    void coChairCountedThroughAPartOrGroup_isNeitherCheckedNorMissing() {
        RuleScenario.Outcome outcome = rules.run(base().actors("UN").partOf("OHCHR", "UN")
                .member("SWE", "EU", "1995", null)
                .meeting("part-leads", "a", "2021-10-13", "x").coChairs("part-leads", "OHCHR").participants("part-leads", "FRA")
                .meeting("whole-leads", "a", "2021-10-14", "x").coChairs("whole-leads", "UN").participants("whole-leads", "OHCHR")
                .meeting("group-leads", "b", "2021-10-15", "x").hosts("group-leads", "EU").participants("group-leads", "SWE"),
                Q4);

        assertThat(outcome.of("co-chair-not-participant"))
                .extracting(Finding::subject, Finding::actors, Finding::statement)
                .containsExactly(tuple("part-leads", List.of("OHCHR"),
                        "The Actor OHCHR is listed as co-chair of part-leads but not among its participants."));
    }

    @Test
    void unknownTopicId_isReported_onceEvenIfRepeated() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x", "climat")
                .meeting("m2", "b", "2021-10-14", "x")
                .meeting("earlier", "b", "2021-01-14", "digital-govrenance"), Q4);

        assertThat(outcome.of("unknown-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("climat", List.of("a"), List.of("m1"), Severity.HIGH));
        assertThat(outcome.of("unknown-topic").get(0).statement())
                .isEqualTo("Meeting m1 is tagged with topic 'climat', which is not in the taxonomy.");
    }

    @Test
    void unknownActorId_isReported_onceEvenInTwoRoles() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x").chairedBy("m1", "FRA", "GER")
                .meeting("m2", "b", "2021-10-14", "x").participants("m2", "EU"), Q4);

        assertThat(outcome.of("unknown-actor"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("GER", List.of("a"), List.of("m1"), Severity.HIGH));
    }

    @Test
    void meetingEndingBeforeItStarts_isReported() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-11-13", "x").ends("m1", "2021-11-11")
                .meeting("m2", "a", "2021-11-11", "x").ends("m2", "2021-11-13")
                .meeting("m3", "b", "2021-11", "x").ends("m3", "2021-11-30"), Q4);

        assertThat(outcome.of("end-before-start"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity, Finding::statement)
                .containsExactly(tuple("m1", List.of("a"), List.of("m1"), Severity.HIGH,
                        "Meeting m1 ends (2021-11-11) before it starts (2021-11-13)."));
    }

    @Test
    void twoMeetingsOfOneForumOnOneDay_areProbablyDuplicates() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m1-copy", "a", "2021-10-13", "x")
                .meeting("other-forum", "b", "2021-10-13", "x")
                .meeting("next-day", "a", "2021-10-14", "x"), Q4);

        assertThat(outcome.of("duplicate-meeting"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("m1", List.of("a"), List.of("m1", "m1-copy"), Severity.MEDIUM));
    }

    @Test
    void threeMeetingsOfOneForumOnOneDay_areOneFindingNotThreePairs() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "a", "2021-10-13", "x")
                .meeting("m3", "a", "2021-10-13", "x"), Q4);

        assertThat(outcome.of("duplicate-meeting"))
                .extracting(Finding::subject, Finding::meetings, Finding::statement)
                .containsExactly(tuple("m1", List.of("m1", "m2", "m3"),
                        "Meetings m1, m2, m3 of the Forum a share the date 13 October 2021: merge them if they are the same meeting."));
    }

    @Test
    void meetingsOfOneDayOfAForumThatTakesManyDecisionsADay_areNotDuplicates() {
        RuleScenario.Outcome outcome = rules.run(base().manyPerDayForum("assembly")
                .meeting("rc-1", "assembly", "2021-10-13", "x")
                .meeting("rc-2", "assembly", "2021-10-13", "x")
                .meeting("rc-3", "assembly", "2021-10-13", "y")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m1-copy", "a", "2021-10-13", "x"), Q4);

        assertThat(outcome.of("duplicate-meeting")).extracting(Finding::subject, Finding::meetings)
                .containsExactly(tuple("m1", List.of("m1", "m1-copy")));
    }

    @Test
    void twoMeetingsOfOneForumKnownOnlyToTheYear_areNotDuplicates() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("workshop", "a", "2021", "x")
                .meeting("technical", "a", "2021", "y"), Period.year(2021));

        assertThat(outcome.of("duplicate-meeting")).isEmpty();
    }

    @Test
    void yearOnlyDateInAQuarterlyReport_isTooCoarse_butNotInAYearlyOne() {
        Facts facts = base()
                .meeting("y2021", "a", "2021", "x")
                .meeting("y2020", "a", "2020", "x")
                .meeting("q-2021", "b", "2021-Q4", "x");

        RuleScenario.Outcome quarter = rules.run(facts, Q4);
        RuleScenario.Outcome year = rules.run(facts, Period.year(2021));

        assertThat(quarter.of("date-too-coarse-for-period"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity, Finding::statement)
                .containsExactly(tuple("y2021", List.of("a"), List.of("y2021"), Severity.LOW,
                        "'Meeting y2021' is dated only to the year (2021), so it cannot be placed in the fourth quarter "
                                + "of 2021 and is left out of its counts."));
        assertThat(year.of("date-too-coarse-for-period")).isEmpty();
    }

    @Test
    void problemsOfAYearOnlyMeetingThatMayFallInTheQuarter_areReported() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("y2021", "a", "2021").noSource("y2021"), Q4);

        assertThat(outcome.findings()).extracting(Finding::rule, Finding::subject).containsExactlyInAnyOrder(
                tuple("meeting-without-topics", "y2021"),
                tuple("meeting-without-source", "y2021"),
                tuple("date-too-coarse-for-period", "y2021"));
    }
}
