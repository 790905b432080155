package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst sees when a rule file is wrong: compile errors placed in the file on disk (not Drools' virtual
 * {@code src/main/resources} path) with line and column, and run-time failures (a looping rule, a throwing
 * consequence) naming the rule, with the session closed. Two copies of the shipped pack are compiled once each: one
 * with broken files added, one with misbehaving rules that only wake up when a test inserts their trigger.
 */
class RuleFailureTest {

    private static final Period PERIOD = Period.quarter(2021, 4);

    @TempDir
    static Path temp;

    private static Path brokenPack;
    private static RuleCompilationException compileFailure;
    private static Path misbehavingPack;
    private static RuleBase misbehaving;

    @BeforeAll
    static void compileBothPacks() throws Exception {
        brokenPack = copyOfShippedRules(temp.resolve("broken"));
        write(brokenPack.resolve("overlaps/broken.drl"), """
                package rules.overlaps

                import org.briefingengine.engine.facts.*;

                rule "broken"
                when
                    MeetingFact( forum == "unsc"
                then
                end
                """);
        write(brokenPack.resolve("quality/misspelt.drl"), """
                package rules.quality

                import org.briefingengine.engine.facts.*;

                rule "misspelt-constraint"
                when
                    MeetingFact( forrum == "unsc" )
                then
                end

                rule "misspelt-binding"
                when
                    MeetingFact( lag == 0, $t : topicCont )
                then
                end
                """);
        write(brokenPack.resolve("actors/consequence.drl"), """
                package rules.actors

                import org.briefingengine.engine.facts.*;

                rule "bad-consequence"
                when
                    MeetingFact( $id : id )
                then
                    String label = $id + "!";
                    int n = undefinedThing + 1;
                end
                """);
        compileFailure = catchThrowableOfType(() -> RuleBase.compile(brokenPack), RuleCompilationException.class);

        misbehavingPack = copyOfShippedRules(temp.resolve("misbehaving"));
        write(misbehavingPack.resolve("trends/loop.drl"), """
                package rules.trends

                import org.briefingengine.model.*;

                rule "loop"
                when
                    Parameter( name == "test.loop" )
                    $p : Parameter( name == "overlap.minForums" )
                then
                    update( $p );
                end
                """);
        write(misbehavingPack.resolve("quality/throws.drl"), """
                package rules.quality

                import org.briefingengine.engine.facts.*;
                import org.briefingengine.model.*;

                rule "throws"
                when
                    Parameter( name == "test.throw" )
                    MeetingFact( $id : id )
                then
                    throw new IllegalStateException( "cannot handle " + $id );
                end
                """);
        try {
            misbehaving = RuleBase.compile(misbehavingPack);
        } catch (RuleCompilationException e) {
            throw new AssertionError("the misbehaving pack should compile: " + e.problems(), e);
        }
    }

    @Test
    void syntaxError_isPlacedInTheFileOnDisk_withLineAndColumn_andNoParserNoise() {
        Path broken = brokenPack.resolve("overlaps/broken.drl");

        assertThat(compileFailure).as("a broken pack must not compile").isNotNull();
        List<RuleProblem> inBroken = problemsIn(broken);
        assertThat(inBroken).isNotEmpty();
        RuleProblem first = inBroken.get(0);
        assertThat(first.line()).as("'then' where ')' was expected").isEqualTo(8);
        assertThat(first.column()).isEqualTo(1);
        assertThat(first.message()).isEqualTo("mismatched input 'then' in rule \"broken\"");
        assertThat(first.toString()).isEqualTo(broken + ":8:1: mismatched input 'then' in rule \"broken\"");
    }

    @Test
    void everyProblem_namesAFileOnDisk_andNoneIsDroolsNoise() {
        assertThat(compileFailure.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).as(p.toString()).isRegularFile().startsWith(brokenPack);
            assertThat(p.file().toString()).doesNotContain("src/main/resources");
            assertThat(p.message()).doesNotContain("Parser returned a null Package");
            assertThat(p.line()).as(p.toString()).isPositive();
        });
        assertThat(compileFailure.problems()).extracting(p -> p.file().getFileName().toString())
                .containsOnly("broken.drl", "misspelt.drl", "consequence.drl");
    }

    @Test
    void unknownFieldInAConstraint_namesFactTypeAndSuggestion_atTheField() {
        Path misspelt = brokenPack.resolve("quality/misspelt.drl");

        assertThat(problemsIn(misspelt)).contains(new RuleProblem(misspelt, 7, 18,
                "unknown field 'forrum' on MeetingFact (did you mean 'forum'?)"));
    }

    @Test
    void unknownFieldInABinding_namesFactTypeAndSuggestion_atTheField() {
        Path misspelt = brokenPack.resolve("quality/misspelt.drl");

        assertThat(problemsIn(misspelt)).contains(new RuleProblem(misspelt, 13, 33,
                "unknown field 'topicCont' on MeetingFact (did you mean 'topicCount'?)"));
    }

    @Test
    void errorInAConsequence_isPlacedAtTheLineThatHasIt_notAtTheRuleLine() {
        Path consequence = brokenPack.resolve("actors/consequence.drl");

        assertThat(problemsIn(consequence)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(13);
            assertThat(p.message()).contains("undefinedThing cannot be resolved");
        });
    }

    @Test
    void unknownFieldWithNoLikelyFix_listsTheFields() {
        assertThat(DrlMessages.explain("Unable to Analyse Expression zzz == 1:\n"
                + "[Error: unable to resolve method using strict-mode: org.briefingengine.engine.facts.ActorMention.zzz()]"))
                .isEqualTo("unknown field 'zzz' on ActorMention; fields: meeting, forum, actor, role, lag, earlier, direct, presence, partOf");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void loopingRule_isStoppedByEngineMaxFirings_andNamed() {
        RuleEngine engine = new RuleEngine(misbehaving);
        Map<String, Parameter> parameters = new TreeMap<>(RuleScenario.shippedParameters());
        parameters.put(RuleEngine.MAX_FIRINGS, new Parameter(RuleEngine.MAX_FIRINGS, 1000, "", ""));
        parameters.put("test.loop", new Parameter("test.loop", 1, "", ""));

        assertThatThrownBy(() -> engine.analyse(smallFacts().build(), PERIOD, parameters))
                .isInstanceOf(RuleRuntimeException.class)
                .hasMessageStartingWith("rules fired more than 1000 times and were stopped")
                .hasMessageContaining("'loop' (" + misbehavingPack.resolve("trends/loop.drl") + ":5)")
                .hasMessageContaining("engine.maxFirings");
    }

    @Test
    void misbehavingRules_stayQuiet_withoutTheirTrigger() {
        RuleScenario.Outcome outcome = RuleScenario.over(misbehaving).run(smallFacts(), PERIOD);

        assertThat(outcome.firings()).doesNotContainKeys("loop", "throws").containsKey("topic-overlap");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void throwingConsequence_namesRuleFileAndLine() {
        Path file = misbehavingPack.resolve("quality/throws.drl");
        RuleScenario scenario = RuleScenario.over(misbehaving).with("test.throw", 1);

        assertThatThrownBy(() -> scenario.run(smallFacts(), PERIOD))
                .isInstanceOf(RuleRuntimeException.class)
                .hasMessageStartingWith(file + ":6: rule 'throws' failed while firing: "
                        + "IllegalStateException: cannot handle m")
                .hasMessageEndingWith("; fix its consequence (then-part)")
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sessionIsDisposed_whenARuleFails() {
        RuleRun[] held = new RuleRun[1];
        List<Object> facts = new java.util.ArrayList<>(FactFlattener.flatten(smallFacts().build(), PERIOD));
        facts.add(new Parameter("test.throw", 1, "", ""));

        assertThatThrownBy(() -> {
            try (RuleRun run = misbehaving.newRun(PERIOD.label(), 1000, id -> id)) {
                held[0] = run;
                run.insertAll(facts).fire();
            }
        }).isInstanceOf(RuleRuntimeException.class);

        assertThat(held[0]).isNotNull();
        assertThatThrownBy(() -> held[0].insertAll(List.of("after close")))
                .as("a disposed session refuses new facts").isInstanceOf(IllegalStateException.class);
    }

    private static List<RuleProblem> problemsIn(Path file) {
        return compileFailure.problems().stream().filter(p -> p.file().equals(file)).toList();
    }

    private static Facts smallFacts() {
        return Facts.facts().forums("a", "b").topics("climate")
                .meeting("m1", "a", "2021-10-13", "climate")
                .meeting("m2", "b", "2021-11-13", "climate");
    }

    private static Path copyOfShippedRules(Path copy) throws IOException {
        return TestFiles.copyTree(RuleScenario.SHIPPED_RULES, copy);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
