package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.engine.facts.ActorBefore;
import org.briefingengine.engine.facts.ActorPair;
import org.briefingengine.engine.facts.ActorMention;
import org.briefingengine.engine.facts.ActorWindow;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.engine.facts.TopicBefore;
import org.briefingengine.engine.facts.TopicMention;
import org.briefingengine.engine.facts.TopicYear;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine gathers once per run instead of a fact per mention: who was at each meeting (parts and members
 * counted), per actor and topic the windows, quarters and years, and what was seen before; and the mention facts a
 * rule base gets only when it matches on them.
 */
class GatheredFactsTest {

    private static final Period Q4 = Period.quarter(2021, 4);

    private static RuleScenario rules;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() {
        rules = RuleScenario.shippedRules();
    }

    @Test
    void theShippedRules_matchNoMentions_soNoneIsInserted() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a").topics("climate")
                .topic("climate-security", "climate").actors("FRA")
                .meeting("m1", "a", "2021-10-13", "climate-security").participants("m1", "FRA"), Q4);

        assertThat(rules.ruleBase().matches(TopicMention.class)).isFalse();
        assertThat(rules.ruleBase().matches(ActorMention.class)).isFalse();
        assertThat(rules.ruleBase().matches(MeetingFact.class)).isTrue();
        assertThat(outcome.all(TopicMention.class)).isEmpty();
        assertThat(outcome.all(ActorMention.class)).isEmpty();
    }

    @Test
    void aRuleOnMentions_getsEveryMention_familiesAndCountedActorsIncluded() throws Exception {
        Files.writeString(folder.resolve("mentions.drl"), """
                package rules.custom

                import org.briefingengine.engine.facts.*;

                global org.briefingengine.engine.FindingSink out;

                rule "family-raised"
                    @category("trend")
                    @severity("low")
                    @description("A family counted for a child topic.")
                when
                    TopicMention( direct == false, $topic : topic, $meeting : meeting, $weight : weight )
                then
                    out.finding( kcontext ).about( $topic ).meeting( $meeting )
                       .says( $topic + " at " + $meeting + " weighing " + $weight + "." ).insert();
                end

                rule "counted-actor"
                    @category("actor")
                    @severity("low")
                    @description("An organisation counted for its part.")
                when
                    ActorMention( direct == false, $actor : actor, $meeting : meeting, $role : role )
                then
                    out.finding( kcontext ).about( $actor ).meeting( $meeting )
                       .says( $actor + " counted as " + $role + " at " + $meeting + "." ).insert();
                end
                """);
        RuleBase custom = RuleBase.compile(folder);

        RuleScenario.Outcome outcome = RuleScenario.over(custom).run(Facts.facts().forums("a").topics("climate")
                .topic("climate-security", "climate").topic("climate-finance", "climate")
                .actors("UN").partOf("OHCHR", "UN")
                .meeting("m1", "a", "2021-10-13", "climate-security", "climate-finance").participants("m1", "OHCHR")
                .weight("m1", "climate-security", 2).weight("m1", "climate-finance", 3), Q4);

        assertThat(custom.matches(TopicMention.class)).isTrue();
        assertThat(custom.matches(ActorMention.class)).isTrue();
        assertThat(outcome.findings()).extracting(Finding::statement).containsExactlyInAnyOrder(
                "Climate at m1 weighing 2.0.", "Climate at m1 weighing 3.0.", "UN counted as participant at m1.");
    }

    @Test
    void attendance_countsParentsUpTheChain_andGroupsOnTheDay_butNotWhatTheMeetingListsItself() {
        FactFlattenerFacts facts = new FactFlattenerFacts(Facts.facts().forums("a").topics("x")
                .actors("UN", "G77").partOf("ORG", "UN").partOf("OHCHR", "ORG").partOf("LOOSE", "NOBODY")
                .member("AOSIS", "G77", "2021-11", null)
                .meeting("oct", "a", "2021-10-13", "x").participants("oct", "OHCHR", "AOSIS", "LOOSE")
                .meeting("nov", "a", "2021-11-13", "x").participants("nov", "AOSIS", "G77").coChairs("nov", "OHCHR"));

        MeetingFact oct = facts.meeting("oct");
        MeetingFact nov = facts.meeting("nov");

        assertThat(oct.attendance().countedIn("participant")).containsExactlyInAnyOrder("ORG", "UN");
        assertThat(oct.attends("UN", "participant")).isTrue();
        assertThat(oct.lists("UN", "participant")).isFalse();
        assertThat(oct.attends("G77", "participant")).as("AOSIS joined only in November").isFalse();
        assertThat(nov.attendance().countedIn("participant")).as("the G77 is listed itself").isEmpty();
        assertThat(nov.inRole("co-chair")).containsExactly("OHCHR", "ORG", "UN");
        assertThat(nov.coChairPairs()).extracting(p -> p.first() + "+" + p.second())
                .containsExactly("OHCHR+ORG", "OHCHR+UN", "ORG+UN");
    }

    @Test
    void participantsGivenUnderRoles_countAsParticipants_once() {
        FactFlattenerFacts facts = new FactFlattenerFacts(Facts.facts().forums("a").topics("x").actors("FRA", "ITA")
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "FRA")
                .inRole("m1", "participant", "ITA", "FRA").inRole("m1", "co-chair", "ITA"));

        MeetingFact m1 = facts.meeting("m1");

        assertThat(m1.inRole("participant")).containsExactly("FRA", "ITA");
        assertThat(m1.lists("ITA", "co-chair")).isTrue();
        assertThat(m1.attendance().roles()).containsExactly("participant", "co-chair", "host");
    }

    @Test
    void actorWindows_tellOwnPresenceFromCounted_onlyForPresenceRolesAndTheComparedWindows() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a", "b").topics("x")
                .actors("UN", "FRA", "ARG").partOf("OHCHR", "UN").role("mentioned", false)
                .meeting("now", "a", "2021-10-13", "x").participants("now", "OHCHR", "FRA").inRole("now", "mentioned", "ARG")
                .meeting("also", "b", "2021-11-13", "x").participants("also", "UN")
                .meeting("q3", "a", "2021-08-01", "x").participants("q3", "FRA")
                .meeting("q2", "a", "2021-05-01", "x").participants("q2", "FRA"), Q4);

        assertThat(outcome.all(ActorWindow.class)).filteredOn(w -> w.lag() == 0)
                .extracting(ActorWindow::actor, ActorWindow::meetings, ActorWindow::ownMeetings, ActorWindow::ownForums)
                .containsExactlyInAnyOrder(
                        tuple("FRA", Set.of("now"), Set.of("now"), Set.of("a")),
                        tuple("OHCHR", Set.of("now"), Set.of("now"), Set.of("a")),
                        tuple("UN", Set.of("now", "also"), Set.of("also"), Set.of("b")));
        assertThat(outcome.all(ActorWindow.class)).extracting(ActorWindow::lag).containsOnly(0, 1)
                .as("2021-Q2 is neither the quarter before nor a year before").doesNotContain(2);
    }

    @Test
    void seenBefore_countsEarlierMeetings_andThoseDatedTooCoarselyToPlace_notThePeriods() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a").topics("x", "y", "z").actors("FRA", "DEU", "ITA")
                .meeting("old", "a", "2020-03-01", "x").participants("old", "FRA")
                .meeting("year", "a", "2021", "y").participants("year", "DEU")
                .meeting("now", "a", "2021-10-13", "z").participants("now", "ITA", "FRA"), Q4);

        assertThat(outcome.all(ActorBefore.class)).containsExactlyInAnyOrder(
                new ActorBefore("FRA", 1), new ActorBefore("DEU", 1));
        assertThat(outcome.all(TopicBefore.class)).containsExactlyInAnyOrder(
                new TopicBefore("x", 1), new TopicBefore("y", 1));
        assertThat(outcome.all(TopicYear.class)).extracting(TopicYear::topic, TopicYear::year, TopicYear::meetings)
                .containsExactlyInAnyOrder(tuple("x", "2020", Set.of("old")), tuple("y", "2021", Set.of("year")),
                        tuple("z", "2021", Set.of("now")));
    }

    @Test
    void actorPairs_holdEachPairsMeetings_byWhereTheyFall_andTheirKind() {
        RuleScenario.Outcome outcome = rules.run(Facts.facts().forums("a", "b").topics("x").actors("UN", "FRA", "DEU")
                .partOf("OHCHR", "UN")
                .meeting("old", "a", "2019-05-01", "x").chairedBy("old", "FRA", "OHCHR")
                .meeting("year", "b", "2021", "x").chairedBy("year", "FRA", "DEU")
                .meeting("now", "a", "2021-10-13", "x").coChairs("now", "FRA").hosts("now", "DEU")
                .participants("now", "FRA", "DEU"), Q4);

        assertThat(outcome.all(ActorPair.class)).extracting(ActorPair::kind, ActorPair::first, ActorPair::second,
                        ActorPair::inPeriod, ActorPair::earlier, ActorPair::straddling)
                .containsExactlyInAnyOrder(
                        tuple("co-chairs", "DEU", "FRA", Map.of(), Map.of(), Map.of("year", "b")),
                        tuple("co-chairs", "FRA", "OHCHR", Map.of(), Map.of("old", "a"), Map.of()),
                        tuple("co-chairs", "FRA", "UN", Map.of(), Map.of("old", "a"), Map.of()),
                        tuple("co-chairs", "OHCHR", "UN", Map.of(), Map.of("old", "a"), Map.of()),
                        tuple("leads", "DEU", "FRA", Map.of("now", "a"), Map.of(), Map.of("year", "b")),
                        tuple("leads", "FRA", "OHCHR", Map.of(), Map.of("old", "a"), Map.of()),
                        tuple("leads", "FRA", "UN", Map.of(), Map.of("old", "a"), Map.of()),
                        tuple("leads", "OHCHR", "UN", Map.of(), Map.of("old", "a"), Map.of()));
        ActorPair leads = outcome.all(ActorPair.class).stream()
                .filter(pair -> pair.kind().equals("leads") && pair.first().equals("DEU")).findFirst().orElseThrow();
        assertThat(leads.meetings()).containsExactly("now", "year");
        assertThat(leads.forums()).containsExactly("a", "b");
        assertThat(leads.placedMeetings()).containsExactly("now");
        assertThat(leads.placedForums()).containsExactly("a");
    }

    /**
     * Validation reports a second meeting under a taken id; code that builds facts itself may still pass one. The
     * engine then places only the first, as every lookup by id answers with it, and counts that id once.
     */
    @Test
    void aSecondMeetingUnderATakenId_isNotPlaced_andItsIdCountsOnce() {
        org.briefingengine.model.FactSet record = Facts.facts().forums("a", "b").topics("x").actors("FRA")
                .meeting("m1", "a", "2021-10-13", "x").participants("m1", "FRA")
                .meeting("m2", "b", "2021-10-20", "x").build();
        org.briefingengine.model.Meeting second = record.meeting("m2").orElseThrow();
        org.briefingengine.model.Meeting twin = new org.briefingengine.model.Meeting("m1", second.forum(),
                second.title(), second.start(), second.end(), second.place(), second.mode(), second.level(),
                second.coChairs(), second.hosts(), List.of("FRA"), second.people(), null, null, second.topics(),
                second.initiatives(), second.outcomes(), second.sources());
        org.briefingengine.model.FactSet withTwin = new org.briefingengine.model.FactSet(record.forums(),
                record.actors(), record.persons(), record.topics(), List.of(record.meetings().get(0), twin));

        List<Object> flat = FactFlattener.flatten(withTwin, Q4);

        assertThat(flat).filteredOn(MeetingFact.class::isInstance).map(f -> ((MeetingFact) f).forum())
                .containsExactly("a");
        assertThat(flat).filteredOn(TopicYear.class::isInstance).map(f -> ((TopicYear) f).meetings())
                .containsExactly(Set.of("m1"));
    }

    /** The facts flattened for the quarter, by meeting id. */
    private record FactFlattenerFacts(Map<String, MeetingFact> byId) {

        FactFlattenerFacts(Facts facts) {
            this(FactFlattener.flatten(facts.build(), Q4).stream().filter(MeetingFact.class::isInstance)
                    .map(MeetingFact.class::cast)
                    .collect(java.util.stream.Collectors.toMap(MeetingFact::id, m -> m)));
        }

        MeetingFact meeting(String id) {
            return byId.get(id);
        }
    }
}
