package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.briefingengine.engine.facts.ForumTopics;
import org.briefingengine.engine.facts.TopicCount;
import org.briefingengine.engine.facts.TopicForumCount;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.engine.facts.TopicPair;
import org.briefingengine.engine.facts.TopicWindow;
import org.briefingengine.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** rules/derive and what they build on: family counting, the counts the reports tabulate, forum topic sets, topic pairs. */
class DeriveRulesTest {

    private static final Period Q4 = Period.quarter(2021, 4);

    private static RuleScenario rules;

    @BeforeAll
    static void compile() {
        rules = RuleScenario.shippedRules();
    }

    /** climate-security is in the climate family; m0 is earlier in the year, m-year is dated only to 2021. */
    private static Facts year2021() {
        return Facts.facts().forums("a", "b")
                .topics("climate", "mediation").topic("climate-security", "climate")
                .meeting("m0", "a", "2021-05-01", "climate-security")
                .meeting("m1", "a", "2021-10-13", "climate-security", "mediation")
                .meeting("m2", "b", "2021-11-20", "climate")
                .meeting("m-year", "b", "2021", "mediation");
    }

    @Test
    void childTopicMeeting_countsForItsFamily() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a")
                .topics("climate").topic("climate-security", "climate")
                .meeting("m1", "a", "2021-10-13", "climate-security"), Q4);

        assertThat(outcome.all(MeetingFact.class)).singleElement().satisfies(m1 -> {
            assertThat(m1.families()).isEqualTo(java.util.Map.of("climate", 1.0));
            assertThat(m1.raises("climate")).isTrue();
            assertThat(m1.raised()).isEqualTo(java.util.Map.of("climate-security", 1.0, "climate", 1.0));
        });
        assertThat(outcome.of("topic-frequency")).extracting(f -> f.subject(), f -> f.meetings())
                .containsExactlyInAnyOrder(tuple("climate", java.util.List.of("m1")),
                        tuple("climate-security", java.util.List.of("m1")));
    }

    @Test
    void twoChildrenOfOneFamily_countTheMeetingOnceForIt_unlessTheirWeightsDiffer() {
        Facts facts = Facts.facts().forums("a")
                .topics("climate").topic("climate-security", "climate").topic("climate-finance", "climate")
                .meeting("m1", "a", "2021-10-13", "climate-security", "climate-finance")
                .meeting("m2", "a", "2021-11-13", "climate-security", "climate-finance")
                .weight("m2", "climate-security", 2).weight("m2", "climate-finance", 3);

        RuleScenario.Outcome outcome = rules.run(facts, Q4);

        assertThat(outcome.all(MeetingFact.class)).extracting(MeetingFact::id, MeetingFact::families)
                .containsExactlyInAnyOrder(tuple("m1", java.util.Map.of("climate", 1.0)),
                        tuple("m2", java.util.Map.of("climate", 5.0)));
        assertThat(outcome.all(TopicWindow.class)).filteredOn(w -> w.topic().equals("climate") && w.lag() == 0)
                .extracting(TopicWindow::meetings, TopicWindow::weight)
                .containsExactly(tuple(Set.of("m1", "m2"), 6.0));
    }

    @Test
    void topLevelTopic_hasNoFamilyMention() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a")
                .topics("climate").topic("climate-security", "climate")
                .meeting("m1", "a", "2021-10-13", "climate"), Q4);

        assertThat(outcome.all(MeetingFact.class)).singleElement()
                .satisfies(m1 -> assertThat(m1.raised()).isEqualTo(java.util.Map.of("climate", 1.0)));
    }

    @Test
    void topicCounts_perQuarterAndPerYear_familyAware_andAYearOnlyMeetingHasNoQuarter() {
        RuleScenario.Outcome outcome = rules.run(year2021(), Q4);

        assertThat(outcome.all(TopicCount.class))
                .containsExactlyInAnyOrder(
                        new TopicCount("climate", "2021-Q2", 1, 1),
                        new TopicCount("climate", "2021-Q4", 2, 2),
                        new TopicCount("climate", "2021", 3, 2),
                        new TopicCount("climate-security", "2021-Q2", 1, 1),
                        new TopicCount("climate-security", "2021-Q4", 1, 1),
                        new TopicCount("climate-security", "2021", 2, 1),
                        new TopicCount("mediation", "2021-Q4", 1, 1),
                        new TopicCount("mediation", "2021", 2, 2));
    }

    @Test
    void topicCounts_coverEarlierYears_butNotMeetingsAfterThePeriod() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a").topics("health")
                .meeting("m2019", "a", "2019-03-01", "health")
                .meeting("m2021", "a", "2021-10-01", "health")
                .meeting("m2022", "a", "2022-01-15", "health"), Q4);

        assertThat(outcome.all(TopicCount.class)).containsExactlyInAnyOrder(
                new TopicCount("health", "2019-Q1", 1, 1), new TopicCount("health", "2019", 1, 1),
                new TopicCount("health", "2021-Q4", 1, 1), new TopicCount("health", "2021", 1, 1));
    }

    @Test
    void topicForumCounts_areForThePeriodOnly() {
        RuleScenario.Outcome outcome = rules.run(year2021()
                .meeting("m3", "a", "2021-12-01", "mediation"), Q4);

        assertThat(outcome.all(TopicForumCount.class)).containsExactlyInAnyOrder(
                new TopicForumCount("climate", "a", 1),
                new TopicForumCount("climate", "b", 1),
                new TopicForumCount("climate-security", "a", 1),
                new TopicForumCount("mediation", "a", 2));
    }

    @Test
    void forumTopics_holdWhatEachForumRaisedInThePeriod_andSkipForumsThatDidNotMeet() {
        RuleScenario.Outcome outcome = rules.run(year2021().forums("c")
                .meeting("c-old", "c", "2020-02-02", "mediation"), Q4);

        assertThat(outcome.all(ForumTopics.class)).containsExactlyInAnyOrder(
                new ForumTopics("a", Set.of("climate", "climate-security", "mediation"), Set.of("m1")),
                new ForumTopics("b", Set.of("climate"), Set.of("m2")));
    }

    @Test
    void topicPairs_areRaisedTogetherInThePeriod_andNeverAFamilyWithItsOwnChild() {
        RuleScenario.Outcome outcome = rules.run(year2021(), Q4);

        assertThat(outcome.all(TopicPair.class)).containsExactlyInAnyOrder(
                new TopicPair("climate", "mediation", Set.of("m1"), Set.of("a")),
                new TopicPair("climate-security", "mediation", Set.of("m1"), Set.of("a")));
    }

    @Test
    void topicPairs_gatherEveryMeetingOfThePeriodThatRaisedBoth_withTheirForums() {
        RuleScenario.Outcome outcome = rules.run(year2021()
                .meeting("m3", "b", "2021-12-01", "climate", "mediation")
                .meeting("m4", "b", "2021-12-02", "mediation"), Q4);

        assertThat(outcome.all(TopicPair.class)).containsExactlyInAnyOrder(
                new TopicPair("climate", "mediation", Set.of("m1", "m3"), Set.of("a", "b")),
                new TopicPair("climate-security", "mediation", Set.of("m1"), Set.of("a")));
    }

    @Test
    void topicWindows_holdThePeriodsMeetingsAndWeight_theComparedWindowsEvenEmpty_andEachEarlierWindowWithMeetings() {
        RuleScenario.Outcome outcome = rules.run(year2021()
                .meeting("m-q3", "b", "2021-08-01", "mediation")
                .meeting("m-q1", "b", "2021-02-01", "mediation"), Q4);

        assertThat(outcome.all(TopicWindow.class))
                .filteredOn(w -> w.topic().equals("mediation"))
                .extracting(TopicWindow::lag, TopicWindow::meetings, TopicWindow::forums, TopicWindow::weight)
                .containsExactlyInAnyOrder(
                        tuple(0, Set.of("m1"), Set.of("a"), 1.0),
                        tuple(1, Set.of("m-q3"), Set.of("b"), 1.0),
                        tuple(3, Set.of("m-q1"), Set.of("b"), 1.0),
                        tuple(4, Set.of(), Set.of(), 0.0));
        assertThat(outcome.all(TopicWindow.class))
                .filteredOn(w -> w.topic().equals("climate") && w.lag() == 0)
                .extracting(TopicWindow::meetings, TopicWindow::forumOf)
                .containsExactly(tuple(Set.of("m1", "m2"), java.util.Map.of("m1", "a", "m2", "b")));
    }

    @Test
    void overAllTime_theOnlyTopicWindowIsThePeriod() {
        RuleScenario.Outcome outcome = rules.run(year2021(), Period.all(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2021, 12, 31)));

        assertThat(outcome.all(TopicWindow.class)).extracting(TopicWindow::lag).containsOnly(0);
    }

    @Test
    void meetingTaggedWithFamilyAndChild_countsOnceForTheFamily() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a")
                .topics("climate").topic("climate-security", "climate")
                .meeting("m1", "a", "2021-10-13", "climate", "climate-security"), Q4);

        assertThat(outcome.all(TopicCount.class)).contains(new TopicCount("climate", "2021-Q4", 1, 1));
        assertThat(outcome.all(TopicPair.class)).isEmpty();
        assertThat(outcome.of("topic-frequency")).extracting(f -> f.subject())
                .containsExactlyInAnyOrder("climate", "climate-security");
    }
}
