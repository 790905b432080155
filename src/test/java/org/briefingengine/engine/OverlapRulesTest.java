package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.briefingengine.engine.facts.ForumSimilarity;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.briefingengine.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** rules/overlaps: a topic or family across forums, co-occurring topic pairs, and forum-to-forum similarity. */
class OverlapRulesTest {

    private static final Period Q4 = Period.quarter(2021, 4);

    private static RuleScenario rules;

    @BeforeAll
    static void compile() {
        rules = RuleScenario.shippedRules();
    }

    private static Facts base() {
        return Facts.facts().forums("a", "b", "c", "d")
                .topics("climate", "security", "digital", "mediation", "health")
                .topic("climate-security", "climate").topic("climate-finance", "climate");
    }

    // --- topic overlap ----------------------------------------------------------------------------------------

    @Test
    void topicInTwoForumsWithinTheQuarter_isAMediumOverlap() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "health")
                .meeting("m2", "b", "2021-11-12", "health")
                .meeting("m3", "b", "2021-12-01", "health")
                .meeting("earlier", "c", "2021-06-01", "health"), Q4);

        assertThat(outcome.of("topic-overlap"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity,
                        Finding::category, Finding::topics)
                .containsExactly(tuple("health", List.of("a", "b"), List.of("m1", "m2", "m3"), Severity.MEDIUM,
                        Category.OVERLAP, List.of("health")));
        assertThat(outcome.of("topic-overlap").get(0).statement())
                .isEqualTo("Topic health was raised in two forums in the fourth quarter of 2021: the Forum a and the Forum "
                        + "b (three meetings).");
    }

    @Test
    void topicInOneForum_isNoOverlap_howeverOftenItMet() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-01", "health")
                .meeting("m2", "a", "2021-11-01", "health")
                .meeting("m3", "a", "2021-12-01", "health")
                .meeting("other-quarter", "b", "2021-09-30", "health"), Q4);

        assertThat(outcome.of("topic-overlap")).isEmpty();
    }

    @Test
    void overlapAcrossMoreForums_ranksHigher_onTheOneSalienceScale() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "health", "digital")
                .meeting("m2", "b", "2021-11-12", "health", "digital")
                .meeting("m3", "c", "2021-12-01", "health"), Q4);

        Finding three = outcome.of("topic-overlap").stream().filter(f -> f.subject().equals("health")).findFirst()
                .orElseThrow();
        Finding two = outcome.of("topic-overlap").stream().filter(f -> f.subject().equals("digital")).findFirst()
                .orElseThrow();
        assertThat(three.forums()).containsExactly("a", "b", "c");
        assertThat(three.salience()).isGreaterThan(two.salience());
        assertThat(three.severity()).isLessThanOrEqualTo(two.severity());
    }

    @Test
    void overlapMinimum_isReadFromTheParameters() {
        Facts twoForums = base()
                .meeting("m1", "a", "2021-10-13", "health")
                .meeting("m2", "b", "2021-11-12", "health");

        assertThat(rules.with("overlap.minForums", 3).run(twoForums, Q4).of("topic-overlap")).isEmpty();
    }

    @Test
    void twoChildrenOfAFamilyInTwoForums_makeTheFamilyOverlap_butNotTheChildren() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("m1", "a", "2021-10-13", "climate-security")
                .meeting("m2", "b", "2021-11-12", "climate-finance"), Q4);

        assertThat(outcome.of("topic-overlap"))
                .extracting(Finding::subject, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("climate", List.of("a", "b"), List.of("m1", "m2"), Severity.LOW));
    }

    @Test
    void whereNearlyEveryTopicOverlaps_overlapIsTheNorm_soTheFindingIsInfo_andSaysHowCommonItWas() {
        Facts everywhere = base()
                .meeting("m1", "a", "2021-10-01", "climate", "security", "digital")
                .meeting("m2", "b", "2021-11-01", "climate", "security", "digital");
        Facts some = base()
                .meeting("m1", "a", "2021-10-01", "climate", "security", "digital")
                .meeting("m2", "b", "2021-11-01", "climate", "mediation", "health");

        List<Finding> norm = rules.run(everywhere, Q4).of("topic-overlap");
        assertThat(norm).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(norm).extracting(Finding::statement).contains("Topic climate was raised in two forums in the fourth "
                + "quarter of 2021: the Forum a and the Forum b (two meetings), as were all three topics raised.");
        assertThat(rules.with("norm.maxShare", 1).run(everywhere, Q4).of("topic-overlap"))
                .extracting(Finding::severity).doesNotContain(Severity.INFO);
        // one of five topics in two forums: news, at the rule's severity
        assertThat(rules.run(some, Q4).of("topic-overlap")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isNotEqualTo(Severity.INFO))
                .extracting(Finding::statement).asString().doesNotContain("as were");
    }

    // --- co-occurring topics ----------------------------------------------------------------------------------

    @Test
    void twoTopicsTogetherAtMeetingsOfTwoForums_moreOftenThanTheirFrequencies_coOccur() {
        RuleScenario.Outcome outcome = rules.with("pair.minMeetings", 2).run(base()
                .meeting("m1", "a", "2021-10-13", "digital", "mediation", "health")
                .meeting("m2", "b", "2021-11-12", "mediation", "digital")
                .meeting("m3", "c", "2021-11-20", "health"), Q4);

        assertThat(outcome.of("co-occurring-topics"))
                .extracting(Finding::subject, Finding::topics, Finding::forums, Finding::meetings, Finding::severity)
                .containsExactly(tuple("digital+mediation", List.of("digital", "mediation"), List.of("a", "b"),
                        List.of("m1", "m2"), Severity.MEDIUM));
        assertThat(outcome.of("co-occurring-topics").get(0).measures()).containsEntry("lift", 1.5)
                .containsEntry("tested", 1.0).hasEntrySatisfying("chance", chance -> assertThat(chance)
                        .as("both of the two meetings with digital among the three").isCloseTo(1 / 3.0, within(1e-12)));
        assertThat(outcome.of("co-occurring-topics").get(0).statement()).isEqualTo("Topic digital was raised "
                + "together with topic mediation at two meetings in two forums in the fourth quarter of 2021 (the "
                + "Forum a and the Forum b), more often than how often each comes up would predict: topic digital "
                + "came up at two and topic mediation at two of the three meetings.");
    }

    @Test
    void topicsThatComeUpEverywhere_doNotCoOccurMoreThanChance_soNoPairIsReported() {
        Facts everywhere = base()
                .meeting("m1", "a", "2021-10-01", "digital", "mediation", "health")
                .meeting("m2", "a", "2021-10-02", "digital", "mediation", "health")
                .meeting("m3", "b", "2021-11-01", "digital", "mediation", "health")
                .meeting("m4", "b", "2021-11-02", "digital", "mediation", "health");

        assertThat(rules.run(everywhere, Q4).of("co-occurring-topics")).isEmpty();
        assertThat(rules.with("pair.minLift", 1).run(everywhere, Q4).of("co-occurring-topics"))
                .as("together wherever either comes up: certain by chance").isEmpty();
        assertThat(rules.with("pair.minLift", 1).with("pair.maxByChance", 3).run(everywhere, Q4)
                .of("co-occurring-topics")).hasSize(3);
    }

    @Test
    void aPairThatChanceWouldExplain_amongThePairsTested_isNotStated() {
        Facts facts = base()
                .meeting("m1", "a", "2021-10-13", "digital", "mediation", "health")
                .meeting("m2", "b", "2021-11-12", "mediation", "digital")
                .meeting("m3", "c", "2021-11-20", "health");

        // a chance of one in three: stated while the bound is 0.5 for the one pair tested, not below a third
        assertThat(rules.with("pair.minMeetings", 2).with("pair.maxByChance", 0.34).run(facts, Q4)
                .of("co-occurring-topics")).hasSize(1);
        assertThat(rules.with("pair.minMeetings", 2).with("pair.maxByChance", 0.33).run(facts, Q4)
                .of("co-occurring-topics")).isEmpty();
    }

    @Test
    void manyPairsTested_raiseTheBar_forEachOfThem() {
        // Eight meetings of a and b; digital and mediation together at both of the two meetings raising either: a
        // chance of 1/28. Tested alone that is stated; beside the 21 pairs of seven topics raised together at four
        // other meetings, 22 pairs are tested, and 22/28 is over the bound of 0.5.
        String[] seven = {"t1", "t2", "t3", "t4", "t5", "t6", "t7"};
        Facts crowded = base().topics(seven)
                .meeting("a1", "a", "2021-10-01", "digital", "mediation").meeting("b1", "b", "2021-10-02", "digital", "mediation")
                .meeting("a2", "a", "2021-10-03", seven).meeting("b2", "b", "2021-10-04", seven)
                .meeting("a3", "a", "2021-10-05", seven).meeting("b3", "b", "2021-10-06", seven)
                .meeting("a4", "a", "2021-10-07", "health").meeting("b4", "b", "2021-10-08", "health");
        Facts alone = base()
                .meeting("a1", "a", "2021-10-01", "digital", "mediation").meeting("b1", "b", "2021-10-02", "digital", "mediation")
                .meeting("a2", "a", "2021-10-03", "health").meeting("b2", "b", "2021-10-04", "health")
                .meeting("a3", "a", "2021-10-05", "health").meeting("b3", "b", "2021-10-06", "health")
                .meeting("a4", "a", "2021-10-07", "health").meeting("b4", "b", "2021-10-08", "health");

        assertThat(rules.with("pair.minMeetings", 2).run(alone, Q4).of("co-occurring-topics"))
                .extracting(Finding::subject).containsExactly("digital+mediation");
        assertThat(rules.with("pair.minMeetings", 2).run(crowded, Q4).of("co-occurring-topics"))
                .extracting(Finding::subject).doesNotContain("digital+mediation").contains("t1+t2");
    }

    @Test
    void pairAtTwoMeetingsOfOneForum_orAtOneMeeting_doesNotCoOccur() {
        RuleScenario.Outcome outcome = rules.with("pair.minMeetings", 2).run(base()
                .meeting("m1", "a", "2021-10-13", "digital", "mediation")
                .meeting("m2", "a", "2021-11-12", "digital", "mediation")
                .meeting("m3", "b", "2021-11-12", "health", "security")
                .meeting("before", "b", "2021-09-12", "digital", "mediation"), Q4);

        assertThat(outcome.of("co-occurring-topics")).isEmpty();
    }

    @Test
    void familyWithItsOwnChild_isNoPair_butTheFamilyPairsWithOtherTopics() {
        RuleScenario.Outcome outcome = rules.with("pair.minMeetings", 2).run(base()
                .meeting("m1", "a", "2021-10-13", "climate-security", "security")
                .meeting("m2", "b", "2021-11-12", "climate-security", "security")
                .meeting("m3", "c", "2021-11-13", "health")
                .meeting("m4", "c", "2021-11-14", "digital"), Q4);

        assertThat(outcome.of("co-occurring-topics")).extracting(Finding::subject)
                .containsExactlyInAnyOrder("climate+security", "climate-security+security");
    }

    // --- forum similarity -------------------------------------------------------------------------------------

    @Test
    void whereNearlyEveryPairOfForumsIsAlike_similarityIsTheNorm_soTheFindingIsInfo() {
        Facts alike = base()
                .meeting("a1", "a", "2021-10-13", "digital", "mediation")
                .meeting("b1", "b", "2021-11-12", "digital", "mediation")
                .meeting("c1", "c", "2021-12-01", "digital", "mediation");

        List<Finding> similar = rules.run(alike, Q4).of("similar-forums");

        assertThat(similar).hasSize(3).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(similar).extracting(Finding::statement).contains("The Forum a and the Forum b shared two of the two "
                + "topics they raised in the fourth quarter of 2021: topic digital and topic mediation; all three pairs "
                + "of forums that met were as alike.");
    }

    @Test
    void forumsSharingTopics_areSimilar_withTheirJaccardIndex() {
        RuleScenario.Outcome outcome = rules.run(base()
                .meeting("a1", "a", "2021-10-13", "digital", "mediation")
                .meeting("b1", "b", "2021-11-12", "mediation", "health")
                .meeting("b2", "b", "2021-11-13", "health")
                .meeting("c1", "c", "2021-12-01", "security")
                .meeting("b-old", "b", "2021-01-01", "digital"), Q4);

        assertThat(outcome.all(ForumSimilarity.class))
                .extracting(ForumSimilarity::forumA, ForumSimilarity::forumB, ForumSimilarity::sharedTopics)
                .containsExactlyInAnyOrder(tuple("a", "b", List.of("mediation")), tuple("a", "c", List.of()),
                        tuple("b", "c", List.of()));
        ForumSimilarity ab = outcome.all(ForumSimilarity.class).stream()
                .filter(s -> s.forumB().equals("b")).findFirst().orElseThrow();
        assertThat(ab.jaccard()).isCloseTo(1.0 / 3, within(1e-9));

        assertThat(outcome.of("similar-forums"))
                .extracting(Finding::subject, Finding::forums, Finding::topics, Finding::meetings, Finding::severity)
                .containsExactly(tuple("a~b", List.of("a", "b"), List.of("mediation"), List.of("a1", "b1", "b2"),
                        Severity.LOW));
        Finding similar = outcome.of("similar-forums").get(0);
        assertThat(similar.measures().get("jaccard")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(similar.statement()).isEqualTo("The Forum a and the Forum b shared one of the three topics they "
                + "raised in the fourth quarter of 2021: topic mediation.");
    }

    @Test
    void forumsBelowTheJaccardMinimum_areNotSimilar() {
        Facts facts = base()
                .meeting("a1", "a", "2021-10-13", "digital", "mediation", "health")
                .meeting("b1", "b", "2021-11-12", "mediation", "security", "climate-finance");

        // {digital, mediation, health} and {mediation, security, climate-finance, climate}: 1 of 6.
        assertThat(rules.run(facts, Q4).of("similar-forums")).isEmpty();
        assertThat(rules.with("similarity.minJaccard", 0.15).run(facts, Q4).of("similar-forums"))
                .extracting(Finding::subject).containsExactly("a~b");
    }
}
