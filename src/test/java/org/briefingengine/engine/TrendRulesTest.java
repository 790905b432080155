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
 * rules/trends: emerging, rising (against the previous period and the same quarter a year before), persistent
 * (over periods and over a forum's editions), fading, and topic frequency. Reports are for 2021-Q4 unless a test
 * says otherwise, so 2021-Q3 is the previous period and 2020-Q4 the same quarter a year before.
 */
class TrendRulesTest {

    private static final Period Q4 = Period.quarter(2021, 4);
    private static final Period YEAR = Period.year(2021);

    private static RuleScenario rules;

    @BeforeAll
    static void compile() {
        rules = RuleScenario.shippedRules();
    }

    private static Facts base() {
        return Facts.facts().forums("a", "b", "c").topics("x", "y", "z", "w");
    }

    // --- emerging ---------------------------------------------------------------------------------------------

    @Test
    void topicFirstSeenInThePeriod_isEmerging() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "b", "2021-12-01", "x"), Q4);

        assertThat(outcome.of("emerging-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity, Finding::category)
                .containsExactly(tuple("x", List.of("a", "b"), List.of("m1", "m2"), Severity.MEDIUM, Category.TREND));
        assertThat(outcome.of("emerging-topic").get(0).statement())
                .isEqualTo("Topic x appears for the first time in 2021-Q4, raised at 2 meeting(s) in Forum a and Forum b.");
    }

    @Test
    void topicSeenBefore_isNotEmerging() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2013-08-06", "y")
                .meeting("m1", "a", "2021-10-13", "y"), Q4);

        assertThat(outcome.of("emerging-topic")).isEmpty();
    }

    @Test
    void topicAlsoAtAYearOnlyMeetingThatMayFallInThePeriod_isNotEmerging() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m-2021", "c", "2021", "z")
                .meeting("m1", "a", "2021-10-13", "z"), Q4);

        assertThat(outcome.of("emerging-topic")).isEmpty();
    }

    @Test
    void topicSeenOnlyAfterThePeriod_isNotEmergingInIt() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("later", "b", "2022-02-01", "w"), Q4);

        assertThat(outcome.of("emerging-topic")).extracting(Finding::subject).containsExactly("x");
    }

    // --- rising -----------------------------------------------------------------------------------------------

    @Test
    void topicAtMoreMeetingsThanInThePreviousQuarter_isRising() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4a", "a", "2021-10-13", "x")
                .meeting("q4b", "b", "2021-11-13", "x"), Q4);

        assertThat(outcome.of("rising-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("x", List.of("a", "b"), List.of("q3", "q4a", "q4b"), Severity.MEDIUM));
        assertThat(outcome.of("rising-topic").get(0).statement()).isEqualTo(
                "Topic x is rising: 2 meeting(s) in 2 forum(s) in 2021-Q4 against 1 in 1 in 2021-Q3.");
    }

    @Test
    void topicInMoreForumsWithTheSameNumberOfMeetings_isRising() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("q3a", "a", "2021-08-01", "x")
                .meeting("q3b", "a", "2021-09-01", "x")
                .meeting("q4a", "a", "2021-10-13", "x")
                .meeting("q4b", "b", "2021-11-13", "x"), Q4);

        assertThat(outcome.of("rising-topic")).extracting(Finding::subject).containsExactly("x");
    }

    @Test
    void topicBelowTheMinimumOrNotGrowing_isNotRising() {
        RuleScenario.Outcome outcome = rules.run(base()
                // y: one meeting now (minimum is 2), even though in another forum
                .meeting("y-q3", "a", "2021-08-01", "y")
                .meeting("y-q4", "b", "2021-10-13", "y")
                // z: two and two, same forums
                .meeting("z-q3a", "a", "2021-07-01", "z")
                .meeting("z-q3b", "b", "2021-07-02", "z")
                .meeting("z-q4a", "a", "2021-10-01", "z")
                .meeting("z-q4b", "b", "2021-10-02", "z"), Q4);

        assertThat(outcome.of("rising-topic")).isEmpty();
    }

    @Test
    void risingMinimums_areReadFromTheParameters() {
        Facts facts = base()
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4a", "a", "2021-10-13", "x")
                .meeting("q4b", "b", "2021-11-13", "x");

        assertThat(rules.with("rising.minIncrease", 2).run(facts, Q4).of("rising-topic")).isEmpty();
        assertThat(rules.with("rising.minMeetings", 3).run(facts, Q4).of("rising-topic")).isEmpty();
        assertThat(rules.with("rising.minMeetings", 1).run(facts, Q4).of("rising-topic")).hasSize(1);
    }

    @Test
    void topicAtMoreMeetingsThanInTheSameQuarterAYearBefore_isRisingYearOnYear() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("y2020", "c", "2020-11-01", "x")
                .meeting("q4a", "a", "2021-10-13", "x")
                .meeting("q4b", "b", "2021-11-13", "x"), Q4);

        assertThat(outcome.of("rising-topic-year-on-year"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("x", List.of("a", "b", "c"), List.of("q4a", "q4b", "y2020"), Severity.LOW));
        assertThat(outcome.of("rising-topic-year-on-year").get(0).statement())
                .isEqualTo("Topic x came up at 2 meeting(s) in 2021-Q4 against 1 in the same quarter a year before.");
        assertThat(outcome.of("rising-topic")).as("nothing in 2021-Q3 to compare with").isEmpty();
    }

    @Test
    void yearOnYear_needsTheTopicAYearBefore_andIsOnlyForQuarters() {
        Facts facts = base()
                .meeting("other-q", "c", "2020-08-01", "x")
                .meeting("q4a", "a", "2021-10-13", "x")
                .meeting("q4b", "b", "2021-11-13", "x");

        assertThat(rules.run(facts, Q4).of("rising-topic-year-on-year")).as("2020-Q3 is not 2020-Q4").isEmpty();
        assertThat(rules.run(facts, YEAR).of("rising-topic-year-on-year")).isEmpty();
        assertThat(rules.run(facts, YEAR).of("rising-topic")).as("2021 against 2020").extracting(Finding::subject)
                .containsExactly("x");
    }

    // --- persistent -------------------------------------------------------------------------------------------

    @Test
    void topicInThisAndThePreviousQuarter_isPersistent() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4", "b", "2021-10-13", "x"), Q4);

        assertThat(outcome.of("persistent-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("x", List.of("a", "b"), List.of("q3", "q4"), Severity.LOW));
    }

    @Test
    void topicWithAGap_isNotPersistent() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("q2", "a", "2021-05-01", "x")
                .meeting("q4", "b", "2021-10-13", "x"), Q4);

        assertThat(outcome.of("persistent-topic")).isEmpty();
    }

    @Test
    void persistence_overMorePeriods_countsConsecutivePeriodsEndingWithThisOne() {
        Facts unbroken = base()
                .meeting("q2", "a", "2021-05-01", "x")
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4", "a", "2021-10-13", "x");
        Facts broken = base()
                .meeting("q1", "a", "2021-02-01", "x")
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4", "a", "2021-10-13", "x");
        Facts notNow = base()
                .meeting("q2", "a", "2021-05-01", "x")
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4", "a", "2021-10-13", "y");
        RuleScenario threePeriods = rules.with("persistent.minPeriods", 3);

        assertThat(threePeriods.run(unbroken, Q4).of("persistent-topic")).extracting(Finding::meetings)
                .containsExactly(List.of("q2", "q3", "q4"));
        assertThat(threePeriods.run(broken, Q4).of("persistent-topic")).isEmpty();
        assertThat(rules.run(notNow, Q4).of("persistent-topic")).isEmpty();
    }

    @Test
    void topicAtEveryMeetingOfAForum_isPersistentInThatForum() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("a1", "a", "2019-03-01", "x", "y")
                .meeting("a2", "a", "2021-10-13", "x")
                // forum b raised x only at one of its two meetings
                .meeting("b1", "b", "2021-01-01", "y")
                .meeting("b2", "b", "2021-10-20", "x", "y"), Q4);

        assertThat(outcome.of("persistent-in-forum"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple("x", List.of("a"), List.of("a1", "a2"), Severity.LOW),
                        tuple("y", List.of("b"), List.of("b1", "b2"), Severity.LOW));
    }

    @Test
    void forumWithOneEdition_orTopicAbsentThisPeriod_isNotPersistentInForum() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("a1", "a", "2021-10-13", "x")
                .meeting("b1", "b", "2020-01-01", "y")
                .meeting("b2", "b", "2020-06-01", "y")
                .meeting("b3", "b", "2021-10-01", "z"), Q4);

        assertThat(outcome.of("persistent-in-forum")).isEmpty();
    }

    // --- fading -----------------------------------------------------------------------------------------------

    @Test
    void topicDroppedByAForumThatMetAgain_isFading() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4", "a", "2021-10-13", "y"), Q4);

        assertThat(outcome.of("fading-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("x", List.of("a"), List.of("q3", "q4"), Severity.MEDIUM));
        assertThat(outcome.of("fading-topic").get(0).statement()).isEqualTo(
                "Topic x is fading: raised at 1 meeting(s) in 2021-Q3 but not in 2021-Q4, although Forum a met again.");
    }

    @Test
    void topicOfAForumThatDidNotMeet_isNotFading() {
        // A biennial forum: met in 2020, not in 2021 (its off year); another forum met in 2021 on something else.
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("c-2020", "c", "2020-11-10", "x")
                .meeting("a-2021", "a", "2021-03-01", "y"), YEAR);

        assertThat(outcome.of("fading-topic")).isEmpty();
    }

    @Test
    void topicStillRaisedElsewhere_orAtAYearOnlyMeeting_isNotFading() {
        RuleScenario.Outcome elsewhere = rules.run(base()
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4a", "a", "2021-10-13", "y")
                .meeting("q4b", "b", "2021-10-14", "x"), Q4);
        RuleScenario.Outcome yearOnly = rules.run(base()
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4a", "a", "2021-10-13", "y")
                .meeting("y2021", "b", "2021", "x"), Q4);

        assertThat(elsewhere.of("fading-topic")).isEmpty();
        assertThat(yearOnly.of("fading-topic")).isEmpty();
    }

    // --- frequency --------------------------------------------------------------------------------------------

    @Test
    void topicFrequency_countsMeetingsAndForumsInThePeriod() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2020-01-01", "x")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "a", "2021-11-13", "x")
                .meeting("m3", "b", "2021-12-13", "x", "y"), Q4);

        assertThat(outcome.of("topic-frequency"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple("x", List.of("a", "b"), List.of("m1", "m2", "m3"), Severity.INFO),
                        tuple("y", List.of("b"), List.of("m3"), Severity.INFO));
        assertThat(outcome.of("topic-frequency")).filteredOn(f -> f.subject().equals("x")).extracting(Finding::statement)
                .containsExactly("Topic x was raised at 3 meeting(s) in 2 forum(s) in 2021-Q4: Forum a and Forum b.");
        assertThat(rules.with("frequency.minMeetings", 2).run(base()
                .meeting("m1", "a", "2021-10-13", "x"), Q4).of("topic-frequency")).isEmpty();
    }

    // --- the whole record -------------------------------------------------------------------------------------

    @Test
    void comparingRules_areSilentForTheWholeRecord_butFrequencyIsStated() {
        Facts facts = base()
                .meeting("q3", "a", "2021-08-01", "x", "w")
                .meeting("q4a", "a", "2021-10-13", "x", "y")
                .meeting("q4b", "b", "2021-11-13", "x", "z");

        RuleScenario.Outcome quarter = rules.run(facts, Q4);
        RuleScenario.Outcome all = rules.run(facts, RuleScenario.ALL);

        assertThat(quarter.findings()).extracting(Finding::rule)
                .contains("emerging-topic", "rising-topic", "persistent-topic", "fading-topic");
        assertThat(all.findings()).extracting(Finding::rule).doesNotContain("emerging-topic", "rising-topic",
                "rising-topic-year-on-year", "persistent-topic", "fading-topic", "first-time-participant");
        assertThat(all.of("topic-frequency")).filteredOn(f -> f.subject().equals("x")).extracting(Finding::statement)
                .containsExactly("Topic x was raised at 3 meeting(s) in 2 forum(s) across the whole record: "
                        + "Forum a and Forum b.");
    }
}
