package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchdog: a rule past engine.maxSeconds is stopped and named; a rule that recurses without end or exhausts the
 * heap becomes a one-line failure. The busy loops here end on their own after a few seconds so the test JVM is not
 * left spinning; the packaged-jar test has the loops that never end.
 */
class WatchdogTest {

    private static final Period PERIOD = Period.quarter(2021, 4);
    private static final FactSet NO_FACTS = Facts.facts().build();

    @TempDir
    Path rules;
    private RuleBase ruleBase;

    private RuleEngine engine(String drl) throws IOException, RuleCompilationException {
        Files.writeString(rules.resolve("misbehaving.drl"), """
                package rules.misbehaving

                import org.briefingengine.engine.facts.*;
                import org.briefingengine.model.*;

                function boolean busyFor(long seconds) {
                    java.time.Instant end = java.time.Instant.now().plusSeconds(seconds);
                    while (java.time.Instant.now().isBefore(end)) { }
                    return true;
                }

                function int deeper(int n) {
                    return deeper(n + 1) + 1;
                }

                """ + drl);
        ruleBase = RuleBase.compile(rules);
        return new RuleEngine(ruleBase);
    }

    private static Map<String, Parameter> seconds(int max) {
        return Map.of(EngineLimits.MAX_SECONDS, new Parameter(EngineLimits.MAX_SECONDS, max, "", ""));
    }

    @Test
    @Timeout(30)
    void aConditionThatDoesNotReturn_isStoppedAfterMaxSeconds_namingItsRule() throws Exception {
        RuleEngine engine = engine("""
                rule "spinning-condition"
                when
                    ReportWindow( )
                    eval( busyFor(8) )
                then
                end
                """);
        long started = System.nanoTime();

        RuleRuntimeException failure = catchThrowableOfType(RuleRuntimeException.class,
                () -> engine.analyse(NO_FACTS, PERIOD, seconds(1)));

        assertThat(failure.getMessage()).startsWith("the rules were still running after 1 s (engine.maxSeconds) and "
                + "were stopped in rule 'spinning-condition' (" + rules.resolve("misbehaving.drl") + ":16)");
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(6);
    }

    @Test
    @Timeout(30)
    void aRuleThatKeepsReactivatingItself_isHaltedAtMaxSeconds_andItsThreadEnds() throws Exception {
        RuleEngine engine = engine("""
                declare Counter
                    n : long
                end

                rule "start-counting"
                when
                    ReportWindow( )
                then
                    insert( new Counter( 0 ) );
                end

                rule "counting-forever"
                when
                    $c : Counter( n >= 0 )
                then
                    modify( $c ) { setN( $c.getN() + 1 ) };
                end
                """);
        Map<String, Parameter> limits = new java.util.HashMap<>(seconds(1));
        limits.put(EngineLimits.MAX_FIRINGS, new Parameter(EngineLimits.MAX_FIRINGS, 2_000_000_000, "", ""));

        RuleRuntimeException failure = catchThrowableOfType(RuleRuntimeException.class,
                () -> engine.analyse(NO_FACTS, PERIOD, limits));

        assertThat(failure.getMessage()).startsWith("the rules were still running after 1 s (engine.maxSeconds) and "
                + "were stopped ").contains("'counting-forever'");
        Thread.sleep(500);
        assertThat(Thread.getAllStackTraces().values()).as("no thread still runs the halted rule")
                .noneMatch(stack -> java.util.Arrays.stream(stack)
                        .anyMatch(frame -> frame.getClassName().toLowerCase().contains("counting")));
    }

    @Test
    @Timeout(30)
    void aConsequenceThatSleeps_isInterruptedAndNamed() throws Exception {
        RuleEngine engine = engine("""
                rule "busy-consequence"
                when
                    ReportWindow( )
                then
                    busyFor(8);
                end
                """);

        RuleRuntimeException failure = catchThrowableOfType(RuleRuntimeException.class,
                () -> engine.analyse(NO_FACTS, PERIOD, seconds(1)));

        assertThat(failure.getMessage()).contains("were stopped in rule 'busy-consequence'");
    }

    @Test
    @Timeout(60)
    void unboundedRecursion_isOneLineNamingTheRule() throws Exception {
        RuleEngine engine = engine("""
                rule "recursing"
                when
                    ReportWindow( )
                then
                    deeper(0);
                end
                """);

        RuleRuntimeException failure = catchThrowableOfType(RuleRuntimeException.class,
                () -> engine.analyse(NO_FACTS, PERIOD, seconds(30)));

        assertThat(failure.getMessage()).startsWith("the rules recursed without end (StackOverflowError) in rule "
                + "'recursing'").doesNotContain("\n");
    }

    @Test
    @Timeout(30)
    void aHeapFullerThanTheLimit_stopsTheRules_namingTheRuleRunning() throws Exception {
        engine("""
                rule "hoarding"
                when
                    ReportWindow( )
                then
                    busyFor(8);
                end
                """);
        EngineLimits limits = new EngineLimits(1000, java.time.Duration.ofSeconds(60), 80);

        long started = System.nanoTime();
        // full only once the rule is surely running, so the test does not race the session's start
        java.util.function.IntSupplier heap = () -> System.nanoTime() - started > 1_000_000_000L ? 95 : 10;
        RuleRuntimeException failure;
        try (RuleRun run = ruleBase.newRun(PERIOD.label(), limits.maxFirings(), id -> id)) {
            failure = catchThrowableOfType(RuleRuntimeException.class, () -> Watchdog.guard(() -> {
                run.insertAll(FactFlattener.flatten(NO_FACTS, PERIOD));
                return run.fire();
            }, run, limits, heap));
        }

        assertThat(failure.getMessage()).startsWith("the rules filled 95% of the memory Java may use "
                + "(engine.maxHeapPercent is 80%) and were stopped in rule 'hoarding'");
    }

    @Test
    @Timeout(30)
    void aHeapFullWhileTheFactsAreInserted_saysSo_andHowManyWereIn() throws Exception {
        engine("""
                rule "idle"
                when
                    ReportWindow( )
                then
                end
                """);
        EngineLimits limits = new EngineLimits(1000, java.time.Duration.ofSeconds(60), 80);
        java.util.concurrent.CountDownLatch twoIn = new java.util.concurrent.CountDownLatch(1);
        java.util.function.IntSupplier heap = () -> twoIn.getCount() == 0 ? 95 : 10;
        RuleRuntimeException failure;
        try (RuleRun run = ruleBase.newRun(PERIOD.label(), limits.maxFirings(), id -> id)) {
            failure = catchThrowableOfType(RuleRuntimeException.class, () -> Watchdog.guard(() -> {
                run.insertAll(java.util.List.of("a", "b"));
                twoIn.countDown();
                Thread.sleep(10_000); // a slow insert of the rest; interrupted when the watchdog stops it
                return run.fire();
            }, run, limits, heap));
        }

        assertThat(failure.getMessage()).isEqualTo("the rules filled 95% of the memory Java may use "
                + "(engine.maxHeapPercent is 80%) and were stopped while the facts were inserted (2 in); give Java "
                + "more memory (-Xmx), raise the limit in parameters.json, or choose a shorter --period");
    }

    @Test
    void theAdvice_raisesALimitOnlyForABrokenBudget_neverForAFullHeap() {
        String inserting = RuleRun.WHILE_INSERTING + " (2 in)";
        assertThat(Watchdog.remedy(inserting, "")).isEqualTo("give Java more memory (-Xmx), or choose a shorter --period");
        assertThat(Watchdog.remedy(inserting, "raise the limit in parameters.json"))
                .isEqualTo("give Java more memory (-Xmx), raise the limit in parameters.json, or choose a shorter --period");
        assertThat(Watchdog.remedy("in rule \"grow\"", ""))
                .isEqualTo("fix that rule (it probably builds an ever-growing collection), or give Java more memory");
        assertThat(Watchdog.remedy("in rule \"grow\"", "raise the limit in parameters.json"))
                .isEqualTo("fix that rule, or raise the limit in parameters.json");
    }

    @Test
    void theHeapMeasure_isAPercentage() {
        assertThat(Watchdog.heapPercentAfterCollection()).isBetween(0, 100);
    }
}
