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

/** rules/actors: bridge actors, recurring co-chair pairs and first-time participants. */
class ActorRulesTest {

    private static final Period Q4 = Period.quarter(2021, 4);

    private static RuleScenario rules;

    @BeforeAll
    static void compile() {
        rules = RuleScenario.shippedRules();
    }

    private static Facts base() {
        return Facts.facts().forums("a", "b", "c").topics("x").actors("FRA", "DEU", "EU", "UN", "USA", "ARG");
    }

    // --- bridge actors ----------------------------------------------------------------------------------------

    @Test
    void actorOnlyMentionedInTwoForums_isNoBridge_butOneThatVotedInBoth_is() {
        RuleScenario.Outcome outcome = rules.run(base().role("mentioned", false).role("voted-yes", true)
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "FRA").inRole("m1", "mentioned", "ARG")
                .inRole("m1", "voted-yes", "USA")
                .meeting("m2", "b", "2021-11-12", "x").participants("m2", "DEU").inRole("m2", "mentioned", "ARG")
                .inRole("m2", "voted-yes", "USA"), Q4);

        assertThat(outcome.of("bridge-actor")).extracting(Finding::subject).containsExactly("USA");
    }

    @Test
    void whereNearlyEveryActorPresentIsInSeveralForums_bridgingIsTheNorm_soTheFindingIsInfo() {
        Facts everyone = base()
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "FRA", "DEU", "USA")
                .meeting("m2", "b", "2021-11-12", "x").participants("m2", "FRA", "DEU", "USA");
        Facts some = base()
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "FRA", "DEU", "ARG")
                .meeting("m2", "b", "2021-11-12", "x").participants("m2", "FRA", "USA", "EU");

        assertThat(rules.run(everyone, Q4).of("bridge-actor")).hasSize(3)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                .extracting(Finding::statement).contains("Actor FRA took part in two forums in the fourth quarter of "
                        + "2021: the Forum a and the Forum b (two meetings), as did all three actors present.");
        // one of five actors present in both forums: news, at the rule's severity
        assertThat(rules.run(some, Q4).of("bridge-actor")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isNotEqualTo(Severity.INFO))
                .extracting(Finding::statement).asString().doesNotContain("as did");
    }

    @Test
    void aMembersPresence_countsForItsGroup_onlyWhileTheMembershipLasts() {
        Facts facts = base().actors("G77").member("AOSIS", "G77", "2021-11", null)
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "AOSIS")
                .meeting("m2", "b", "2021-11-12", "x").participants("m2", "AOSIS")
                .meeting("m3", "c", "2021-12-01", "x").participants("m3", "AOSIS");

        RuleScenario.Outcome outcome = rules.run(facts, Q4);

        // A member from November 2021: its October meeting does not count for the G77, the two after it do.
        assertThat(outcome.of("bridge-actor")).filteredOn(f -> f.subject().equals("G77"))
                .extracting(Finding::forums).containsExactly(List.of("b", "c"));
    }

    @Test
    void actorMentionedBefore_butPresentOnlyNow_isAFirstTimeParticipant() {
        RuleScenario.Outcome outcome = rules.run(base().role("mentioned", false)
                .meeting("before", "a", "2021-03-01", "x").participants("before", "FRA").inRole("before", "mentioned", "ARG")
                .meeting("now", "a", "2021-10-13", "x").participants("now", "FRA", "ARG"), Q4);

        assertThat(outcome.of("first-time-participant")).extracting(Finding::subject).containsExactly("ARG");
    }

    @Test
    void actorInTwoForums_inAnyRole_isABridge() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "FRA", "DEU")
                .meeting("m2", "b", "2021-11-12", "x").participants("m2", "FRA")
                .meeting("m3", "a", "2021-11-20", "x").participants("m3", "DEU").hosts("m3", "USA")
                .meeting("m4", "c", "2021-12-01", "x").coChairs("m4", "USA")
                .meeting("before", "c", "2021-06-01", "x").participants("before", "DEU"), Q4);

        assertThat(outcome.of("bridge-actor"))
                .extracting(Finding::subject, Finding::actors, Finding::forums, Finding::meetings, Finding::severity,
                        Finding::category)
                .containsExactlyInAnyOrder(
                        tuple("FRA", List.of("FRA"), List.of("a", "b"), List.of("m1", "m2"), Severity.LOW,
                                Category.ACTOR),
                        tuple("USA", List.of("USA"), List.of("a", "c"), List.of("m3", "m4"), Severity.LOW,
                                Category.ACTOR));
        assertThat(outcome.of("bridge-actor")).filteredOn(f -> f.subject().equals("FRA"))
                .extracting(Finding::statement)
                .containsExactly("Actor FRA took part in two forums in the fourth quarter of 2021: the Forum a and the "
                        + "Forum b (two meetings).");
    }

    @Test
    void actorInOneForum_isNoBridge_andTheMinimumIsAParameter() {
        Facts facts = base()
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "DEU", "FRA")
                .meeting("m2", "a", "2021-11-12", "x").participants("m2", "DEU")
                .meeting("m3", "b", "2021-11-12", "x").participants("m3", "FRA");

        assertThat(rules.run(facts, Q4).of("bridge-actor")).extracting(Finding::subject).containsExactly("FRA");
        assertThat(rules.with("bridge.minForums", 3).run(facts, Q4).of("bridge-actor")).isEmpty();
    }

    // --- recurring co-chairs ----------------------------------------------------------------------------------

    @Test
    void pairThatCoChairedEarlierAndAgainInThePeriod_recurs() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("launch", "a", "2019-04-02", "x").chairedBy("launch", "FRA", "DEU")
                .meeting("ministerial", "a", "2021-10-13", "x").chairedBy("ministerial", "DEU", "FRA"), Q4);

        assertThat(outcome.of("recurring-co-chairs"))
                .extracting(Finding::subject, Finding::actors, Finding::forums, Finding::meetings)
                .containsExactly(tuple("DEU+FRA", List.of("DEU", "FRA"), List.of("a"),
                        List.of("launch", "ministerial")));
        assertThat(outcome.of("recurring-co-chairs").get(0).statement()).as("what the period added, then the total")
                .isEqualTo("Actor DEU and Actor FRA co-chaired one meeting of the Forum a together in the fourth "
                        + "quarter of 2021, two in all up to then.");
        assertThat(outcome.of("partnership")).as("one forum: a recurring pair, not a partnership").isEmpty();
    }

    @Test
    void pairThatCoChairedOnce_orNotInThePeriod_doesNotRecur() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "x").chairedBy("m1", "EU", "UN")
                .meeting("e1", "b", "2019-01-10", "x").chairedBy("e1", "FRA", "DEU")
                .meeting("e2", "b", "2020-01-10", "x").chairedBy("e2", "FRA", "DEU")
                .meeting("m2", "c", "2021-11-01", "x").chairedBy("m2", "FRA", "ARG")
                .meeting("m3", "c", "2021-11-02", "x").hosts("m3", "FRA", "ARG").participants("m3", "FRA", "ARG"),
                Q4);

        assertThat(outcome.of("recurring-co-chairs")).isEmpty();
    }

    @Test
    void pairAtTwoMeetingsInThePeriod_recurs_andTheMinimumIsAParameter() {
        Facts facts = base()
                .meeting("m1", "a", "2021-10-13", "x").chairedBy("m1", "EU", "UN")
                .meeting("m2", "a", "2021-12-13", "x").chairedBy("m2", "UN", "EU");

        assertThat(rules.run(facts, Q4).of("recurring-co-chairs"))
                .extracting(Finding::subject, Finding::meetings, Finding::statement)
                .containsExactly(tuple("EU+UN", List.of("m1", "m2"), "Actor EU and Actor UN co-chaired two meetings "
                        + "of the Forum a together in the fourth quarter of 2021."));
        assertThat(rules.with("cochair.minMeetings", 3).run(facts, Q4).of("recurring-co-chairs")).isEmpty();
    }

    // --- first-time participants ------------------------------------------------------------------------------

    @Test
    void actorSeenForTheFirstTime_isAFirstTimeParticipant() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "a", "2013-08-06", "x").participants("old", "ARG", "FRA")
                .meeting("m1", "b", "2021-11-11", "x").participants("m1", "FRA", "USA")
                .meeting("m2", "c", "2021-11-12", "x").hosts("m2", "USA"), Q4);

        assertThat(outcome.of("first-time-participant"))
                .extracting(Finding::subject, Finding::actors, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("USA", List.of("USA"), List.of("b", "c"), List.of("m1", "m2"), Severity.LOW));
    }

    @Test
    void actorSeenEarlier_orAtAYearOnlyMeetingThatMayFallInThePeriod_isNotFirstTime() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("old", "a", "2021-09-30", "x").participants("old", "FRA")
                .meeting("y2021", "a", "2021", "x").participants("y2021", "EU")
                .meeting("m1", "b", "2021-10-01", "x").participants("m1", "FRA", "EU"), Q4);

        assertThat(outcome.of("first-time-participant")).isEmpty();
    }

    @Test
    void periodThatBeginsTheRecord_hasNoFirstTimeParticipants_everyoneWouldBeFirst() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "b", "2021-11-11", "x").participants("m1", "FRA", "USA")
                .meeting("m2", "c", "2021-11-12", "x").hosts("m2", "ARG"), Q4);

        assertThat(outcome.of("first-time-participant")).isEmpty();
    }

    // --- partnerships, parts and members ----------------------------------------------------------------------

    @Test
    void pairLeadingTogetherInTwoForums_countingAnOrganisationsParts_isAPartnership() {
        RuleScenario.Outcome outcome = rules.run(base().partOf("OHCHR", "UN")
                .meeting("w", "a", "2018", "x").chairedBy("w", "EU", "UN")
                .meeting("d", "b", "2021-10-13", "x").chairedBy("d", "OHCHR", "EU"), Q4);

        assertThat(outcome.of("partnership"))
                .extracting(Finding::subject, Finding::actors, Finding::forums, Finding::meetings)
                .containsExactly(tuple("EU+UN", List.of("EU", "UN"), List.of("a", "b"), List.of("d", "w")));
        assertThat(outcome.of("partnership").get(0).statement()).as("what the period added comes first")
                .isEqualTo("Actor EU and Actor UN work as partners across forums: they co-chaired or hosted one "
                        + "meeting together in the fourth quarter of 2021, their first in the Forum b, and one other in "
                        + "the Forum a up to then.");
        assertThat(outcome.of("partnership")).as("an organisation and its own part are no pair")
                .extracting(Finding::subject).doesNotContain("OHCHR+UN");
        assertThat(outcome.of("recurring-co-chairs")).isEmpty();
    }

    @Test
    void anOrganisationAndItsOwnPart_areNeverAPair_thoughTheyLeadTogetherEverywhere() {
        Facts sameForum = base().partOf("OHCHR", "UN")
                .meeting("d1", "a", "2021-10-13", "x").chairedBy("d1", "OHCHR", "EU")
                .meeting("d3", "a", "2021-12-13", "x").chairedBy("d3", "OHCHR", "EU");
        Facts twoForums = base().partOf("OHCHR", "UN")
                .meeting("d1", "a", "2021-10-13", "x").chairedBy("d1", "OHCHR", "EU")
                .meeting("d2", "b", "2021-11-13", "x").chairedBy("d2", "OHCHR", "FRA");

        assertThat(rules.run(sameForum, Q4).of("recurring-co-chairs")).extracting(Finding::subject)
                .as("the UN counts for OHCHR beside the EU, but OHCHR and the UN are no pair")
                .containsExactly("EU+OHCHR", "EU+UN");
        assertThat(rules.run(twoForums, Q4).of("partnership")).as("OHCHR and the UN lead together in two forums")
                .isEmpty();
    }

    @Test
    void meetingDatedTooCoarselyToPlace_countsForAPartnership_butNotForARecurringPair() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("y", "b", "2021", "x").chairedBy("y", "FRA", "DEU")
                .meeting("q", "a", "2021-11-02", "x").chairedBy("q", "DEU", "FRA"), Q4);

        assertThat(outcome.of("partnership")).extracting(Finding::subject, Finding::forums, Finding::meetings)
                .containsExactly(tuple("DEU+FRA", List.of("a", "b"), List.of("q", "y")));
        assertThat(outcome.of("recurring-co-chairs")).as("one placed meeting together").isEmpty();
    }

    @Test
    void partnershipWhollyInThePeriod_saysSo_andOneInAForumLedBefore_claimsNoFirst() {
        Facts wholly = base()
                .meeting("p", "a", "2021-10-01", "x").chairedBy("p", "EU", "UN")
                .meeting("q", "b", "2021-11-01", "x").hosts("q", "EU", "UN");
        Facts again = base()
                .meeting("w", "a", "2019", "x").chairedBy("w", "EU", "UN")
                .meeting("v", "b", "2021", "x").chairedBy("v", "EU", "UN")
                .meeting("d", "b", "2021-10-13", "x").chairedBy("d", "EU", "UN");

        assertThat(rules.run(wholly, Q4).of("partnership")).extracting(Finding::statement).containsExactly("Actor EU "
                + "and Actor UN work as partners across forums: they co-chaired or hosted two meetings together in two "
                + "forums in the fourth quarter of 2021 (the Forum a and the Forum b).");
        Facts twoNow = base()
                .meeting("w", "a", "2019-05-01", "x").chairedBy("w", "EU", "UN")
                .meeting("p", "a", "2021-10-01", "x").chairedBy("p", "EU", "UN")
                .meeting("d", "b", "2021-10-13", "x").chairedBy("d", "EU", "UN");

        assertThat(rules.run(twoNow, Q4).of("partnership")).extracting(Finding::statement).containsExactly("Actor EU "
                + "and Actor UN work as partners across forums: they co-chaired or hosted two meetings together in the "
                + "fourth quarter of 2021, including their first in the Forum b, and one other in the Forum a up to "
                + "then.");
        assertThat(rules.run(again, Q4).of("partnership")).as("v, dated to 2021, may be before: b is no first")
                .extracting(Finding::statement).containsExactly("Actor EU and Actor UN work as partners across "
                        + "forums: they co-chaired or hosted one meeting together in the fourth quarter of 2021, and two "
                        + "others in the Forum a and the Forum b up to then.");
    }

    @Test
    void pairLeadingInTwoForumsButNotInThePeriod_orBelowTheMinimum_isNoPartnership() {
        Facts facts = base()
                .meeting("w", "a", "2018-01-01", "x").chairedBy("w", "EU", "UN")
                .meeting("v", "b", "2019-01-01", "x").hosts("v", "EU", "UN").participants("v", "EU", "UN")
                .meeting("d", "b", "2021-10-13", "x").chairedBy("d", "EU", "UN");

        assertThat(rules.run(facts, Period.quarter(2021, 3)).of("partnership")).isEmpty();
        assertThat(rules.run(facts, Q4).of("partnership")).extracting(Finding::subject).containsExactly("EU+UN");
        assertThat(rules.with("partnership.minForums", 3).run(facts, Q4).of("partnership")).isEmpty();
    }

    @Test
    void organisationCountsItsParts_asABridge() {
        RuleScenario.Outcome outcome = rules.run(base().partOf("OHCHR", "UN")
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "UN")
                .meeting("m2", "b", "2021-11-12", "x").participants("m2", "OHCHR"), Q4);

        assertThat(outcome.of("bridge-actor")).extracting(Finding::subject, Finding::forums)
                .containsExactly(tuple("UN", List.of("a", "b")));
    }

    @Test
    void memberOrConvenorOfAForumInTheRecord_isNeverNew() {
        RuleScenario.Outcome outcome = rules.run(base().forum("council", 0, null, "USA")
                .meeting("old", "council", "2013-08-06", "x").participants("old", "ARG")
                .meeting("m1", "b", "2021-11-11", "x").participants("m1", "USA", "DEU"), Q4);

        assertThat(outcome.of("first-time-participant")).extracting(Finding::subject).containsExactly("DEU");
        assertThat(outcome.of("first-time-participant").get(0).statement()).isEqualTo("Actor DEU appears for the "
                + "first time in this record in the fourth quarter of 2021, at the Forum b.");
    }
}
