package org.briefingengine.engine;

import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;

/** Runs a compiled rule base over a fact set for one period and returns what the rules concluded. */
public final class RuleEngine {

    /** Parameter naming the firing limit that stops a looping rule set. */
    public static final String MAX_FIRINGS = EngineLimits.MAX_FIRINGS;

    private final RuleBase ruleBase;

    public RuleEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /**
     * Runs the rules under the watchdog ({@code engine.maxFirings}, {@code engine.maxSeconds},
     * {@code engine.maxHeapPercent}).
     *
     * @throws RuleRuntimeException when a rule fails, loops, or exceeds a budget; the message names the rule
     */
    public EngineResult analyse(FactSet facts, Period period, Map<String, Parameter> parameters) {
        return analyse(facts, period, parameters, EngineStages.NONE);
    }

    /** As above, telling {@code stages} how long inserting, firing and extracting took. */
    public EngineResult analyse(FactSet facts, Period period, Map<String, Parameter> parameters,
                                EngineStages stages) {
        EngineLimits limits = EngineLimits.of(parameters);
        try (RuleRun run = ruleBase.newRun(period.label(), limits.maxFirings(), facts, SalienceScale.from(parameters))) {
            return Watchdog.guard(() -> {
                long[] started = {System.nanoTime(), cpuNanos()};
                run.insertAll(parameters.values());
                run.insertAll(FactFlattener.flatten(facts, period));
                lap(stages, "insert", started);
                run.fire();
                lap(stages, "fire", started);
                EngineResult result = new EngineResult(run.findings(),
                        run.all(org.briefingengine.engine.facts.TopicCount.class),
                        run.all(org.briefingengine.engine.facts.TopicForumCount.class),
                        run.all(org.briefingengine.engine.facts.ForumSimilarity.class), run.audit(), run.firings());
                lap(stages, "extract", started);
                stages.sessionDone(run);
                return result;
            }, run, limits);
        }
    }

    /** Tells the stage's wall and CPU time, and restarts both clocks. */
    private static void lap(EngineStages stages, String stage, long[] started) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        stages.stageDone(stage, now - started[0], cpu - started[1]);
        started[0] = now;
        started[1] = cpu;
    }

    /** The CPU time of the current thread so far. */
    public static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
