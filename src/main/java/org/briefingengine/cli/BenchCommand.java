package org.briefingengine.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.bench.Benchmark;
import org.briefingengine.bench.SyntheticFacts;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.StageListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing bench}: rule-pack run time and peak heap over synthetic fact sets of growing size. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the rule pack on synthetic meetings (real taxonomy and rules): median run time and "
                + "peak heap per size. Run each size in its own JVM for the cleanest peak heap.")
final class BenchCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Option(names = "--meetings", split = ",", defaultValue = "1000,10000",
            description = "Sizes to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--repeat", defaultValue = "3", description = "Runs per size; the median is reported.")
    int repeats;

    @Option(names = "--period", paramLabel = "P", defaultValue = "2021-Q4",
            description = "Period to report on (default: ${DEFAULT-VALUE}).")
    PeriodSpec period;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PreparedInputs inputs = PreparedInputs.prepare(common.facts, common.rules, StageListener.NONE);
        Benchmark bench = new Benchmark(inputs.ruleBase(), inputs.parameters());
        Period quarter = period.resolve(java.time.Clock.systemUTC(), inputs.loaded().facts());
        var out = spec.commandLine().getOut();
        out.println("meetings  facts     median_ms  runs_ms              peak_heap_mb  findings");
        for (int size : sizes) {
            FactSet facts = SyntheticFacts.generate(size, inputs.loaded().facts().topics(), 42);
            Benchmark.Measurement m = bench.measure(facts, quarter, repeats);
            out.printf("%-9d %-9d %-10d %-20s %-13d %d%n", m.meetings(), m.facts(), m.medianMillis(), m.runMillis(),
                    m.peakHeapBytes() / (1024 * 1024), m.findings());
            out.flush();
        }
        return ErrorPrinter.ok();
    }
}
