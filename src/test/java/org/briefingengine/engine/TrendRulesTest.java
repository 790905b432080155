package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.briefingengine.engine.facts.TopicBaseline;
import org.briefingengine.engine.facts.WindowTotal;
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

    // --- emerging and first in the record ---------------------------------------------------------------------

    @Test
    void topicFirstSeenAtForumsWithNoEarlierMeetings_isOnlyFirstInTheRecord() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2013-08-06", "y")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "b", "2021-12-01", "x"), Q4);

        assertThat(outcome.of("emerging-topic")).isEmpty();
        assertThat(outcome.of("first-in-record-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity, Finding::category)
                .as("info: at forums the record holds no earlier meeting of, every topic is first")
                .containsExactly(tuple("x", List.of("a", "b"), List.of("m1", "m2"), Severity.INFO, Category.TREND));
        assertThat(outcome.of("first-in-record-topic").get(0).statement()).isEqualTo("Topic x appears for the first "
                + "time in this record in the fourth quarter of 2021, at the Forum a and the Forum b, of which the "
                + "record holds no earlier meeting.");
    }

    @Test
    void topicFirstSeenAtAForumWithOneEarlierMeeting_isFirstInTheRecord_atLowSeverity() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2013-08-06", "y")
                .meeting("a1", "a", "2021-03-01", "y")
                .meeting("m1", "a", "2021-10-13", "x"), Q4);

        assertThat(outcome.of("first-in-record-topic")).extracting(Finding::subject, Finding::severity)
                .containsExactly(tuple("x", Severity.LOW));
        assertThat(outcome.of("first-in-record-topic").get(0).statement()).endsWith("of which the record holds only "
                + "one earlier meeting.");
    }

    @Test
    void periodThatBeginsTheRecord_hasNoFirstInRecordTopics_everyTopicWouldBeFirst() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "b", "2021-12-01", "x"), Q4);

        assertThat(outcome.of("first-in-record-topic")).isEmpty();
    }

    @Test
    void topicNewToAForumWhoseEarlierMeetingsAreRecorded_isEmerging() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("a1", "a", "2021-03-01", "y")
                .meeting("a2", "a", "2021-06-01", "y")
                .meeting("m1", "a", "2021-10-13", "x", "y"), Q4);

        assertThat(outcome.of("first-in-record-topic")).isEmpty();
        assertThat(outcome.of("emerging-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("x", List.of("a"), List.of("m1"), Severity.MEDIUM));
        assertThat(outcome.of("emerging-topic").get(0).statement()).isEqualTo("Topic x was raised for the first time "
                + "in this record in the fourth quarter of 2021, by the Forum a; the Forum a had not raised it at "
                + "either of two earlier recorded meetings.");
        assertThat(rules.with("emerging.minEarlierMeetings", 3).run(base()
                .meeting("a1", "a", "2021-03-01", "y")
                .meeting("a2", "a", "2021-06-01", "y")
                .meeting("m1", "a", "2021-10-13", "x"), Q4).of("emerging-topic")).isEmpty();
    }

    @Test
    void topicSeenBefore_isNotEmerging() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2013-08-06", "y")
                .meeting("m1", "a", "2021-10-13", "y"), Q4);

        assertThat(outcome.of("emerging-topic")).isEmpty();
        assertThat(outcome.of("first-in-record-topic")).isEmpty();
    }

    @Test
    void topicAlsoAtAYearOnlyMeetingThatMayFallInThePeriod_isNotEmerging() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m-2021", "c", "2021", "z")
                .meeting("m1", "a", "2021-10-13", "z"), Q4);

        assertThat(outcome.of("emerging-topic")).isEmpty();
        assertThat(outcome.of("first-in-record-topic")).isEmpty();
    }

    @Test
    void topicSeenOnlyAfterThePeriod_isNotNewInIt() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2013-08-06", "y")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("later", "b", "2022-02-01", "w"), Q4);

        assertThat(outcome.of("first-in-record-topic")).extracting(Finding::subject).containsExactly("x");
    }

    // --- rising and falling: shares, not counts ---------------------------------------------------------------

    /** {@code n} meetings of forum a in the quarter starting on {@code month}, the first {@code withX} raising x. */
    private static Facts quarter(Facts facts, String prefix, int year, int month, int n, int withX) {
        for (int i = 0; i < n; i++) {
            String date = String.format("%d-%02d-%02d", year, month, i + 1);
            if (i < withX) {
                facts.meeting(prefix + i, "a", date, "x", "y");
            } else {
                facts.meeting(prefix + i, "a", date, "y");
            }
        }
        return facts;
    }

    @Test
    void topicWhoseShareOfMeetingsRose_isRising_statedInWords() {
        RuleScenario.Outcome outcome = rules.run(quarter(quarter(base(), "q3-", 2021, 7, 4, 1), "q4-", 2021, 10, 4, 4),
                Q4);

        assertThat(outcome.of("rising-topic"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("x", List.of("a"), List.of("q3-0", "q4-0", "q4-1", "q4-2", "q4-3"),
                        Severity.MEDIUM));
        Finding rising = outcome.of("rising-topic").get(0);
        assertThat(rising.statement()).isEqualTo("Topic x is rising: raised at four of four meetings in the fourth "
                + "quarter of 2021, against one of four meetings in the third quarter of 2021.");
        assertThat(rising.measures()).containsEntry("shareNow", 1.0).containsEntry("shareBefore", 0.25)
                .containsEntry("ratio", 4.0);
        assertThat(rising.statement()).doesNotContain("(s)", "2021-Q");
    }

    @Test
    void moreMeetingsOnATopic_inAQuarterWithMoreMeetingsStill_isNotRising_butFalling() {
        // x: 2 of 2 meetings before, 3 of 10 now: the raw count rose, its share fell.
        RuleScenario.Outcome outcome = rules.run(quarter(quarter(base(), "q3-", 2021, 7, 2, 2), "q4-", 2021, 10, 10, 3),
                Q4);

        assertThat(outcome.of("rising-topic")).isEmpty();
        assertThat(outcome.of("falling-topic")).extracting(Finding::subject).containsExactly("x");
        assertThat(outcome.of("falling-topic").get(0).statement()).isEqualTo("Topic x is falling: raised at three of "
                + "ten meetings in the fourth quarter of 2021, against two of two meetings in the third quarter of 2021.");
    }

    @Test
    void topicWhoseForumsStoppedMeeting_isNotFalling_thoughItsShareFell() {
        // x: two of two meetings of forum a before; now forum a did not meet, and b raised x at one of ten meetings.
        Facts facts = base().meeting("a1", "a", "2021-07-01", "x").meeting("a2", "a", "2021-07-02", "x");
        for (int i = 0; i < 10; i++) {
            facts.meeting("b" + i, "b", String.format("2021-10-%02d", i + 1), i == 0 ? "x" : "y");
        }

        assertThat(rules.run(facts, Q4).of("falling-topic")).isEmpty();
        assertThat(rules.with("trend.minEarlierMeetings", 0).run(facts, Q4).of("falling-topic"))
                .extracting(Finding::subject).containsExactly("x");
    }

    @Test
    void aRiseTooSmallForTheTest_orFromForumsThatDidNotMeetBefore_isNotRising() {
        // one of two before, two of two now: a share ratio of 2, but too little evidence for the test
        assertThat(rules.run(quarter(quarter(base(), "q3-", 2021, 7, 2, 1), "q4-", 2021, 10, 2, 2), Q4)
                .of("rising-topic")).isEmpty();
        // from nothing in forum b, whose forum did not meet before: no earlier meetings of the same forums
        RuleScenario.Outcome fromNothing = rules.run(quarter(base(), "q3-", 2021, 7, 4, 0)
                .meeting("b1", "b", "2021-10-01", "z").meeting("b2", "b", "2021-10-02", "z")
                .meeting("b3", "b", "2021-10-03", "z").meeting("b4", "b", "2021-10-04", "z"), Q4);
        assertThat(fromNothing.of("rising-topic")).extracting(Finding::subject).doesNotContain("z");
    }

    @Test
    void amongManyTopicsCompared_aRiseChanceCouldExplain_isNotStated() {
        // x: one of four meetings, then four of four (z = 2.19, a chance of 1.4%): stated among the two topics
        // compared (x and y). Beside 40 more topics, raised at one more meeting each quarter, x goes from one of five
        // to four of five (z = 1.90, a chance of 2.9%), and 42 × 2.9% = 1.2 rises would be expected by chance alone
        Facts two = quarter(quarter(base(), "q3-", 2021, 7, 4, 1), "q4-", 2021, 10, 4, 4);
        String[] forty = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "t" + i).toArray(String[]::new);
        Facts many = quarter(quarter(base().topics(forty), "q3-", 2021, 7, 4, 1), "q4-", 2021, 10, 4, 4)
                .meeting("q3-t", "b", "2021-07-20", forty).meeting("q4-t", "b", "2021-10-20", forty);

        Finding rising = rules.run(two, Q4).of("rising-topic").get(0);
        assertThat(rising.measures()).containsEntry("tested", 2.0)
                .hasEntrySatisfying("chance", chance -> assertThat(chance).isCloseTo(0.0143, within(0.0005)));
        assertThat(rules.run(many, Q4).of("rising-topic")).extracting(Finding::subject).doesNotContain("x");
        assertThat(rules.with("trend.maxByChance", 2).run(many, Q4).of("rising-topic")).extracting(Finding::subject)
                .contains("x");
    }

    @Test
    void trendThresholds_areReadFromTheParameters() {
        Facts facts = quarter(quarter(base(), "q3-", 2021, 7, 4, 1), "q4-", 2021, 10, 4, 4);

        assertThat(rules.with("trend.minRatio", 5).run(facts, Q4).of("rising-topic")).isEmpty();
        assertThat(rules.with("trend.minZ", 3).run(facts, Q4).of("rising-topic")).isEmpty();
        assertThat(rules.with("trend.minMeetings", 5).run(facts, Q4).of("rising-topic")).isEmpty();
        assertThat(rules.with("trend.minEarlierMeetings", 5).run(facts, Q4).of("rising-topic")).isEmpty();
        assertThat(rules.with("trend.minZ", 1).run(facts, Q4).of("rising-topic")).hasSize(1);
    }

    @Test
    void weights_replaceCounts_whenTheDataGivesThem() {
        // Each quarter two meetings of 100 weighted items; x takes 5 of 200 before and 78 of 200 now.
        Facts facts = base()
                .meeting("q3-0", "a", "2021-07-01", "x", "y").weight("q3-0", "x", 5).weight("q3-0", "y", 95)
                .meeting("q3-1", "a", "2021-07-02", "y").weight("q3-1", "y", 100)
                .meeting("q4-0", "a", "2021-10-01", "x", "y").weight("q4-0", "x", 39).weight("q4-0", "y", 61)
                .meeting("q4-1", "a", "2021-10-02", "x", "z").weight("q4-1", "x", 39).weight("q4-1", "z", 61);

        RuleScenario.Outcome outcome = rules.run(facts, Q4);

        assertThat(outcome.of("rising-topic")).extracting(Finding::subject).containsExactly("x");
        assertThat(outcome.of("rising-topic").get(0).statement()).isEqualTo("Topic x is rising: raised at 39% of the "
                + "agenda (78 of 200 weighted items) in the fourth quarter of 2021, against 3% of the agenda (5 of 200 "
                + "weighted items) in the third quarter of 2021.");
        assertThat(outcome.of("falling-topic")).extracting(Finding::subject).containsExactly("y");
    }

    @Test
    void weightedRise_outranksASmallCountedOne() {
        // x: 5 of 100 items before, 39 of 100 now (weighted); z: raised at one meeting before, two now (counted)
        Facts facts = base()
                .meeting("w3", "a", "2021-07-01", "x", "y").weight("w3", "x", 5).weight("w3", "y", 95)
                .meeting("w4", "a", "2021-10-01", "x", "y").weight("w4", "x", 39).weight("w4", "y", 61)
                .meeting("c3a", "b", "2021-07-02", "z").meeting("c3b", "b", "2021-07-03", "w")
                .meeting("c4a", "b", "2021-10-02", "z").meeting("c4b", "b", "2021-10-03", "z");

        List<Finding> rising = rules.with("trend.minZ", 0).with("trend.minEarlierMeetings", 1)
                .with("trend.minMeetings", 1).run(facts, Q4)
                .of("rising-topic");

        assertThat(rising).extracting(Finding::subject).contains("x");
        Finding x = rising.stream().filter(f -> f.subject().equals("x")).findFirst().orElseThrow();
        rising.stream().filter(f -> !f.subject().equals("x"))
                .forEach(other -> assertThat(x.salience()).isGreaterThan(other.salience()));
    }

    @Test
    void shareRiseAgainstTheSameQuarterAYearBefore_isRisingYearOnYear() {
        RuleScenario.Outcome outcome = rules.run(quarter(quarter(base(), "y-", 2020, 10, 4, 1), "q4-", 2021, 10, 4, 4),
                Q4);

        assertThat(outcome.of("rising-topic-year-on-year"))
                .extracting(Finding::subject, Finding::meetings)
                .containsExactly(tuple("x", List.of("q4-0", "q4-1", "q4-2", "q4-3", "y-0")));
        assertThat(outcome.of("rising-topic-year-on-year").get(0).statement()).isEqualTo("Topic x came up at four of "
                + "four meetings in the fourth quarter of 2021, against one of four meetings in the same quarter a "
                + "year before.");
        assertThat(outcome.of("rising-topic")).as("nothing in 2021-Q3 to compare with").isEmpty();
        assertThat(rules.run(quarter(quarter(base(), "y-", 2020, 10, 4, 1), "q4-", 2021, 10, 4, 4), YEAR)
                .of("rising-topic-year-on-year")).as("only for quarters").isEmpty();
    }

    @Test
    void meetingsWithNoTopicRecorded_areLeftOutOfTheShares_andTheStatementSaysSo() {
        // x at one of four tagged meetings before and four of four now; the quarter before also held six meetings with
        // no topic recorded, which say nothing about x: counting them would make the share before 1 of 10
        Facts facts = quarter(quarter(base(), "q3-", 2021, 7, 4, 1), "q4-", 2021, 10, 4, 4);
        for (int i = 0; i < 6; i++) {
            facts.meeting("untagged-" + i, "a", String.format("2021-08-%02d", i + 1));
        }

        Finding rising = rules.run(facts, Q4).of("rising-topic").get(0);

        assertThat(rising.statement()).isEqualTo("Topic x is rising: raised at four of four meetings in the fourth "
                + "quarter of 2021, against one of four meetings in the third quarter of 2021 (counting only meetings "
                + "with topics recorded).");
        assertThat(rising.measures()).containsEntry("shareBefore", 0.25);
        assertThat(rules.run(facts, Q4).all(WindowTotal.class)).filteredOn(t -> t.lag() == 1)
                .extracting(WindowTotal::meetings, WindowTotal::recorded, WindowTotal::weight)
                .containsExactly(tuple(10, 4, 4.0));
    }

    // --- against the usual share ------------------------------------------------------------------------------

    /** {@code n} meetings of forum a in {@code year}, the first {@code withX} raising x. */
    private static Facts year(Facts facts, int year, int n, int withX) {
        return quarter(facts, "y" + year + "-", year, 1, n, withX);
    }

    /** 2016 to 2019 (the usual share for 2021): ten meetings a year, x at five of them. */
    private static Facts usualHalf() {
        Facts facts = base();
        for (int y = 2016; y <= 2019; y++) {
            year(facts, y, 10, 5);
        }
        return facts;
    }

    @Test
    void riseThatOnlyUndoesADip_isBackToUsual_notRising() {
        // x: half the meetings in 2016-2019, one of ten in 2020, five of ten in 2021
        RuleScenario.Outcome outcome = rules.run(year(year(usualHalf(), 2020, 10, 1), 2021, 10, 5), YEAR);

        assertThat(outcome.of("rising-topic")).isEmpty();
        assertThat(outcome.of("topic-back-to-usual"))
                .extracting(Finding::subject, Finding::severity, f -> f.meetings().size())
                .containsExactly(tuple("x", Severity.LOW, 5 + 1 + 20));
        Finding back = outcome.of("topic-back-to-usual").get(0);
        assertThat(back.statement()).isEqualTo("Topic x is back up to its usual share: raised at five of ten "
                + "meetings in 2021, against one of ten meetings in 2020 and 20 of 40 meetings (50%) in 2016–2019.");
        assertThat(back.measures()).containsEntry("shareNow", 0.5).containsEntry("shareBefore", 0.1)
                .containsEntry("shareUsual", 0.5);
    }

    @Test
    void fallThatOnlyUndoesAPeak_isBackDownToUsual_notFalling() {
        RuleScenario.Outcome outcome = rules.run(year(year(usualHalf(), 2020, 10, 10), 2021, 10, 5), YEAR);

        assertThat(outcome.of("falling-topic")).isEmpty();
        assertThat(outcome.of("topic-back-to-usual")).extracting(Finding::statement).containsExactly("Topic x is "
                + "back down to its usual share: raised at five of ten meetings in 2021, against ten of ten meetings "
                + "in 2020 and 20 of 40 meetings (50%) in 2016–2019.");
    }

    @Test
    void riseAboveTheUsualShareToo_isRising_andTheStatementGivesTheUsualShare() {
        RuleScenario.Outcome outcome = rules.run(year(year(usualHalf(), 2020, 10, 4), 2021, 10, 10), YEAR);

        assertThat(outcome.of("topic-back-to-usual")).isEmpty();
        assertThat(outcome.of("rising-topic")).extracting(Finding::statement).containsExactly("Topic x is rising: "
                + "raised at ten of ten meetings in 2021, against four of ten meetings in 2020 and 20 of 40 meetings "
                + "(50%) in 2016–2019.");
        assertThat(outcome.of("rising-topic").get(0).measures()).containsEntry("shareUsual", 0.5);
        assertThat(outcome.of("rising-topic").get(0).meetings()).hasSize(10 + 4 + 20);
    }

    @Test
    void riseBetweenTwoOrdinaryYears_withinTheUsualShare_isNotStated() {
        // three of ten in 2020 and seven of ten in 2021 pass the test against each other, but neither is unusual
        RuleScenario.Outcome outcome = rules.run(year(year(usualHalf(), 2020, 10, 3), 2021, 10, 7), YEAR);

        assertThat(outcome.of("rising-topic")).isEmpty();
        assertThat(outcome.of("topic-back-to-usual")).isEmpty();
        assertThat(rules.run(year(year(base(), 2020, 10, 3), 2021, 10, 7), YEAR).of("rising-topic"))
                .as("no usual share in the record: the period before alone").hasSize(1);
    }

    @Test
    void usualShare_coversTheWindowsBeforeTheOneCompared_andSaysWhichHeldMeetings() {
        // 2016 and 2018 held meetings, 2017 and 2019 none: two windows of four, spanning 2016-2018
        Facts facts = year(year(year(year(base(), 2016, 4, 1), 2018, 6, 3), 2020, 5, 0), 2021, 5, 5);

        TopicBaseline x = rules.run(facts, YEAR).all(TopicBaseline.class).stream()
                .filter(b -> b.topic().equals("x")).findFirst().orElseThrow();

        assertThat(x.periods()).isEqualTo(2);
        assertThat(x.span()).isEqualTo("2016-Q1..2018-Q4");
        assertThat(x.meetings()).hasSize(4);
        assertThat(x.held()).isEqualTo(10);
        assertThat(x.share()).isEqualTo(0.4);
        assertThat(rules.with("trend.baselinePeriods", 2).run(facts, YEAR).all(TopicBaseline.class).stream()
                .filter(b -> b.topic().equals("x")).findFirst().orElseThrow())
                .as("2018 and 2019 only").extracting(TopicBaseline::periods, TopicBaseline::span)
                .containsExactly(1, "2018-Q1..2018-Q4");
    }

    /** x at five of ten meetings in each fourth quarter from 2016 to 2019, and at one of ten in 2020-Q4. */
    private static Facts usualFourthQuarters() {
        Facts facts = base();
        for (int y = 2016; y <= 2019; y++) {
            quarter(facts, "q4-" + y + "-", y, 10, 10, 5);
        }
        return quarter(facts, "q4-2020-", 2020, 10, 10, 1);
    }

    @Test
    void yearOnYear_isReadAgainstTheUsualShareOfThatQuarter() {
        Facts back = quarter(usualFourthQuarters(), "q4-2021-", 2021, 10, 10, 5);
        Facts above = quarter(usualFourthQuarters(), "q4-2021-", 2021, 10, 10, 10);

        assertThat(rules.run(back, Q4).of("rising-topic-year-on-year")).as("only back to that quarter's usual share")
                .isEmpty();
        assertThat(rules.run(above, Q4).of("rising-topic-year-on-year")).extracting(Finding::statement)
                .containsExactly("Topic x came up at ten of ten meetings in the fourth quarter of 2021, against one of "
                        + "ten meetings in the same quarter a year before and 20 of 40 meetings (50%) in the same quarter "
                        + "of 2016–2019.");
        assertThat(rules.run(above, Q4).all(TopicBaseline.class)).filteredOn(b -> b.topic().equals("x"))
                .extracting(TopicBaseline::against, TopicBaseline::periods, TopicBaseline::span)
                .as("the quarters just before 2021-Q3 hold only 2020-Q4: no usual share against the quarter before")
                .containsExactlyInAnyOrder(tuple(1, 1, "2020-Q4..2020-Q4"), tuple(4, 4, "2016-Q1..2019-Q4"));
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
    void persistentTopic_statesTheWholeRunTheRecordHolds_backFromThisPeriod() {
        Facts facts = base()
                .meeting("y2016", "a", "2016-05-01", "x")
                .meeting("y2018", "a", "2018-05-01", "x")
                .meeting("y2019", "a", "2019", "x")
                .meeting("y2020", "b", "2020-03-01", "x")
                .meeting("q3", "a", "2021-08-01", "x")
                .meeting("q4", "b", "2021-10-13", "x");

        assertThat(rules.run(facts, YEAR).of("persistent-topic")).extracting(Finding::statement, Finding::meetings)
                .as("2017 holds no meeting that raised it: the run is 2018-2021, though the rule checks two years")
                .containsExactly(tuple("Topic x has been raised in each of the last four years, from 2018 to 2021 "
                        + "(three meetings in the last two years).", List.of("q3", "q4", "y2020")));
        assertThat(rules.run(facts, Q4).of("persistent-topic")).extracting(Finding::statement)
                .containsExactly("Topic x has been raised in each of the last two quarters, from the third quarter of "
                        + "2021 to the fourth quarter of 2021 (two meetings).");
        assertThat(rules.run(base().meeting("d", "a", "2020-12-01", "x").meeting("j", "b", "2021-01-15", "x"),
                Period.quarter(2021, 1)).of("persistent-topic")).extracting(Finding::statement).as("across a year's end")
                .containsExactly("Topic x has been raised in each of the last two quarters, from the fourth quarter of "
                        + "2020 to the first quarter of 2021 (two meetings).");
        assertThat(rules.with("persistent.minPeriods", 1).run(base().meeting("q4", "b", "2021-10-13", "x"), Q4)
                .of("persistent-topic")).extracting(Finding::statement).as("a run of one")
                .containsExactly("Topic x has been raised in the fourth quarter of 2021 (one meeting).");
        assertThat(rules.run(facts, Q4).of("persistent-topic").get(0).measures()).containsEntry("periodsRunning", 2.0);
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
        assertThat(outcome.of("fading-topic").get(0).statement()).isEqualTo("Topic x is fading: raised at one meeting "
                + "in the third quarter of 2021 but not at the meeting that the Forum a held in the fourth quarter of "
                + "2021.");
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
    void topicFrequency_countsMeetingsAndForumsInThePeriod_leavingTopicsOfSeveralForumsToTopicOverlap() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "c", "2020-01-01", "x")
                .meeting("m1", "a", "2021-10-13", "x")
                .meeting("m2", "a", "2021-11-13", "x")
                .meeting("m3", "b", "2021-12-13", "x", "y"), Q4);

        assertThat(outcome.of("topic-frequency"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("y", List.of("b"), List.of("m3"), Severity.INFO));
        assertThat(outcome.of("topic-frequency")).extracting(Finding::statement)
                .containsExactly("Topic y was raised at one meeting of the Forum b in the fourth quarter of 2021.");
        assertThat(outcome.of("topic-overlap")).extracting(Finding::statement).containsExactly("Topic x was raised in "
                + "two forums in the fourth quarter of 2021: the Forum a and the Forum b (three meetings).");
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
                .contains("first-in-record-topic", "persistent-topic", "fading-topic");
        assertThat(all.findings()).extracting(Finding::rule).doesNotContain("emerging-topic", "first-in-record-topic",
                "rising-topic", "falling-topic", "rising-topic-year-on-year", "persistent-topic", "fading-topic",
                "first-time-participant");
        assertThat(all.of("topic-frequency")).filteredOn(f -> f.subject().equals("w")).extracting(Finding::statement)
                .containsExactly("Topic w was raised at one meeting of the Forum a across the whole record.");
    }

    // --- a forum's editions: the meeting is the subject, ordinals in words -----------------------------------

    private static Facts biennialForumWithALateSeventh() {
        return Facts.facts().forum("a", 2, "2015").topics("x")
                .meeting("a6", "a", "2019-06-01", "x").edition("a6", 6)
                .meeting("a-tech", "a", "2021-06-01", "x")
                .meeting("a7", "a", "2023-06-01", "x").edition("a7", 7);
    }

    @Test
    void lateEdition_namesTheMeetingNotTheForumAsSubject_withOrdinalsInWords() {
        RuleScenario.Outcome outcome = rules.run(biennialForumWithALateSeventh(), Period.year(2023));

        assertThat(outcome.of("late-edition")).extracting(Finding::statement).containsExactly("The seventh meeting of "
                + "the Forum a was held in 2023, four years after the sixth (2019): two years later than the forum's "
                + "rhythm of one meeting every two years; in between, the record holds one other meeting, not "
                + "numbered as an edition.");
        assertThat(outcome.of("next-edition")).extracting(Finding::statement)
                .containsExactly("The eighth meeting of the Forum a is due in 2025 (one meeting every two years).");
    }

    @Test
    void missedEdition_saysTheOrdinalInWords() {
        RuleScenario.Outcome outcome = rules.run(biennialForumWithALateSeventh(), Period.year(2021));

        assertThat(outcome.of("missed-edition")).extracting(Finding::statement).containsExactly("The seventh meeting "
                + "of the Forum a, due in 2021 two years after the sixth (2019), was not held that year: the record "
                + "holds only one unnumbered meeting that year.");
    }
}
