package org.briefingengine.engine;

import java.util.List;
import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;

/** Runs a compiled rule base over a fact set for one period and returns what the rules concluded. */
public final class RuleEngine {

    /** Parameter naming the firing limit that stops a looping rule set. */
    public static final String MAX_FIRINGS = EngineLimits.MAX_FIRINGS;

    /** The stages a terminal shows while one session works. */
    static final String INSERTING = "inserting facts";
    static final String FIRING = "firing rules";
    private static final int PROGRESS_SLICE = 10_000;

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
                insert(run, FactFlattener.flatten(facts, period, ruleBase::matches), stages);
                lap(stages, "insert", started);
                run.fire(firings -> stages.progress(FIRING, firings, 0, "firings"));
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

    /**
     * Inserts the flattened facts in slices, telling {@code stages} after each how many are in: at a million meetings
     * inserting takes minutes, and a terminal should show it moving.
     */
    private static void insert(RuleRun run, List<Object> flat, EngineStages stages) {
        int total = flat.size();
        int slice = Math.max(PROGRESS_SLICE, total / 100);
        stages.progress(INSERTING, 0, total, "facts");
        for (int from = 0; from < total; from += slice) {
            run.insertAll(flat.subList(from, Math.min(total, from + slice)));
            stages.progress(INSERTING, Math.min(total, from + slice), total, "facts");
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
