package org.briefingengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.engine.EngineResult;
import org.briefingengine.engine.EngineStages;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.engine.RuleEngine;
import org.briefingengine.engine.RuleRun;
import org.briefingengine.engine.facts.SeenBefore;
import org.briefingengine.engine.facts.TopicBaseline;
import org.briefingengine.engine.facts.TopicTrend;
import org.briefingengine.engine.facts.WindowTotal;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.RuleInputs;

/**
 * Times the rule pack over synthetic fact sets of growing size, stage by stage (insert, fire, extract, the report's
 * assembly), next to the yardstick: the same derived counts computed in plain Java ({@link PlainCounts}) in the same
 * JVM. Each run checks that the two agree and fails loudly when they do not. Each size is generated once, then run
 * {@code repeats} times; medians and the peak heap are reported.
 */
public final class Benchmark {

    /** The stages timed, in the order the bench prints them; {@code engine} is insert + fire + extract. */
    public static final List<String> STAGES = List.of("insert", "fire", "extract", "assemble", "total", "plain",
            "engine_cpu", "plain_cpu");

    /** One size's figures: per stage, the milliseconds of each run. */
    public record Measurement(int meetings, long facts, Map<String, List<Long>> stageMillis, long peakHeapBytes,
                              int findings, int counts, Map<String, Integer> firings) {

        public long median(String stage) {
            List<Long> sorted = stageMillis.getOrDefault(stage, List.of(0L)).stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        /** The rule engine's time (insert, fire, extract) over plain Java's for the same counts: the median run's. */
        public double plainRatio() {
            long engine = median("insert") + median("fire") + median("extract");
            return (double) engine / Math.max(1, median("plain"));
        }

        /** The same ratio in CPU time of the working thread (the rules' and the bench's): steadier under load. */
        public double cpuRatio() {
            return (double) median("engine_cpu") / Math.max(1, median("plain_cpu"));
        }
    }

    /**
     * Getting the rules ready: compiled from source (the first compile of this JVM when measured first), then loaded
     * from the rule cache just written; {@code cachedLoadMillis} is -1 when the cache is off or unusable.
     */
    public record RuleLoad(long coldCompileMillis, long cachedLoadMillis) {

        /**
         * Compiles the rules from source into the cache, then loads them back from it.
         *
         * @throws org.briefingengine.pipeline.BriefingException exit 4 when the rules do not compile
         */
        public static RuleLoad measure(java.nio.file.Path rulesDir, RuleCache cache) {
            long started = System.nanoTime();
            PreparedInputs.compile(rulesDir, cache.writeOnly());
            long cold = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            boolean hit = PreparedInputs.compile(rulesDir, cache).fromCache();
            return new RuleLoad(cold, hit ? (System.nanoTime() - started) / 1_000_000 : -1);
        }
    }

    private final RuleBase ruleBase;
    private final Map<String, Parameter> parameters;

    public Benchmark(RuleBase ruleBase, Map<String, Parameter> parameters) {
        this.ruleBase = ruleBase;
        this.parameters = parameters;
    }

    /**
     * @throws BriefingException exit 4 when the rule pack and the plain-Java yardstick disagree on any count
     */
    public Measurement measure(FactSet facts, Period period, int repeats) {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        long peak = 0;
        int findings = 0;
        int counts = 0;
        Map<String, Integer> firings = Map.of();
        long inserted = 0;
        for (int i = 0; i < repeats; i++) {
            System.gc();
            resetPeaks();
            Session session = new Session();
            long started = System.nanoTime();
            RuleInputs inputs = new RuleInputs(facts, parameters, ruleBase);
            EngineResult result = inputs.run(period, session);
            long assembling = System.nanoTime();
            BriefingReport report = inputs.assemble(period, result, InputDigest.of(Map.of(), Map.of()),
                    java.time.Instant.EPOCH, "bench");
            long ended = System.nanoTime();
            peak = Math.max(peak, peakHeap());
            session.nanos.put("assemble", ended - assembling);
            session.nanos.put("total", ended - started);
            long plainStarted = System.nanoTime();
            long plainCpu = RuleEngine.cpuNanos();
            Set<String> plain = PlainCounts.compute(facts, period,
                    (int) Parameter.numberOr(parameters, "trend.baselinePeriods", 4));
            session.nanos.put("plain_cpu", RuleEngine.cpuNanos() - plainCpu);
            session.nanos.put("plain", System.nanoTime() - plainStarted);
            Set<String> derived = PlainCounts.ofDerived(result.topicCounts(), result.topicForumCounts(),
                    result.similarities(), session.totals, session.trends, session.baselines, session.seen);
            agree(derived, plain);
            session.nanos.forEach((stage, nanos) -> times.computeIfAbsent(stage, s -> new ArrayList<>())
                    .add(nanos / 1_000_000));
            findings = report.findings().size();
            counts = plain.size();
            firings = result.firings();
            inserted = session.inserted;
        }
        return new Measurement(facts.meetings().size(), inserted, times, peak, findings, counts, firings);
    }

    /** The report the rules make of the synthetic facts for the period, as a run would render it. */
    public BriefingReport report(FactSet facts, Period period) {
        return new RuleInputs(facts, parameters, ruleBase)
                .report(period, InputDigest.of(Map.of(), Map.of()), java.time.Instant.EPOCH, "bench");
    }

    static void agree(Set<String> rules, Set<String> plain) {
        if (rules.equals(plain)) {
            return;
        }
        Set<String> onlyRules = new TreeSet<>(rules);
        onlyRules.removeAll(plain);
        Set<String> onlyPlain = new TreeSet<>(plain);
        onlyPlain.removeAll(rules);
        throw new BriefingException(ExitCode.RULES, ("bench: the rule pack and the plain-Java yardstick "
                + "disagree on " + (onlyRules.size() + onlyPlain.size()) + " derived counts; rules only: "
                + onlyRules.stream().limit(5).toList() + ", plain Java only: " + onlyPlain.stream().limit(5).toList()
                + ". A rule under rules/derive/ or bench/PlainCounts.java counts differently; make them agree"));
    }

    /** Hears one session's stages and keeps the derived facts the yardstick compares beyond the engine's result. */
    private static final class Session implements EngineStages {
        final Map<String, Long> nanos = new HashMap<>();
        List<WindowTotal> totals = List.of();
        List<TopicTrend> trends = List.of();
        List<TopicBaseline> baselines = List.of();
        List<SeenBefore> seen = List.of();
        long inserted;

        @Override
        public void stageDone(String stage, long stageNanos, long cpuNanos) {
            nanos.put(stage, stageNanos);
            nanos.merge("engine_cpu", cpuNanos, Long::sum);
        }

        @Override
        public void sessionDone(RuleRun run) {
            totals = run.all(WindowTotal.class);
            trends = run.all(TopicTrend.class);
            baselines = run.all(TopicBaseline.class);
            seen = run.all(SeenBefore.class);
            inserted = run.inserted();
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on the heap the run needed. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
