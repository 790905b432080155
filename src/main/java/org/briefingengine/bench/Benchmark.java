package org.briefingengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.RuleInputs;

/**
 * Times the rule pack (and optionally the assembly of the report) over synthetic fact sets of growing size:
 * each size is generated once, then run {@code repeats} times; medians and peak heap are reported.
 */
public final class Benchmark {

    /** One size's figures. */
    public record Measurement(int meetings, long facts, List<Long> runMillis, long peakHeapBytes, int findings) {
        public long medianMillis() {
            List<Long> sorted = runMillis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
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

    public Measurement measure(FactSet facts, Period period, int repeats) {
        List<Long> times = new ArrayList<>();
        long peak = 0;
        int findings = 0;
        for (int i = 0; i < repeats; i++) {
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            BriefingReport report = report(facts, period);
            times.add((System.nanoTime() - started) / 1_000_000);
            peak = Math.max(peak, peakHeap());
            findings = report.findings().size();
        }
        long factCount = facts.meetings().stream().mapToLong(m -> 1 + m.topics().size() + m.participants().size()
                + m.coChairs().size()).sum();
        return new Measurement(facts.meetings().size(), factCount, times, peak, findings);
    }

    /** The report the rules make of the synthetic facts for the period, as a run would render it. */
    public BriefingReport report(FactSet facts, Period period) {
        return new RuleInputs(facts, parameters, ruleBase)
                .report(period, InputDigest.of(Map.of(), Map.of()), java.time.Instant.EPOCH, "bench");
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
