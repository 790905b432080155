package org.briefingengine.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.bench.Benchmark;
import org.briefingengine.bench.SyntheticFactFiles;
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

    @Option(names = "--render", paramLabel = "DIR",
            description = "Also write each size's findings, workbook and PDF to DIR/<size>/ and time each writer.")
    java.nio.file.Path render;

    @Option(names = "--write-facts", paramLabel = "DIR",
            description = "Instead of measuring, write the synthetic meetings of the one size given by --meetings as "
                    + "fact files into DIR (forums.json, actors.json, meetings/<forum>-<year>.json), for 'run' and "
                    + "'validate' at scale.")
    java.nio.file.Path writeFacts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (writeFacts != null) {
            return writeFactFiles();
        }
        var out = spec.commandLine().getOut();
        org.briefingengine.engine.RuleCache cache = CommonOptions.ruleCache(spec.commandLine().getErr());
        // Measured first, so the cold compile is this JVM's first, as in a one-off run; the inputs then load the cache.
        Benchmark.RuleLoad load = Benchmark.RuleLoad.measure(common.rules, cache);
        PreparedInputs inputs = PreparedInputs.prepare(common.facts, common.rules, StageListener.NONE, cache);
        out.println("rules: cold compile " + load.coldCompileMillis() + " ms, cached load "
                + (load.cachedLoadMillis() < 0 ? "not measured (the rule cache is off or unusable)"
                : load.cachedLoadMillis() + " ms"));
        Benchmark bench = new Benchmark(inputs.ruleBase(), inputs.parameters());
        Period quarter = period.resolve(java.time.Clock.systemUTC(), inputs.loaded().facts());
        out.println("meetings  facts     median_ms  runs_ms              peak_heap_mb  findings");
        for (int size : sizes) {
            FactSet facts = SyntheticFacts.generate(size, inputs.loaded().facts().topics(), SEED);
            Benchmark.Measurement m = bench.measure(facts, quarter, repeats);
            out.printf("%-9d %-9d %-10d %-20s %-13d %d%n", m.meetings(), m.facts(), m.medianMillis(), m.runMillis(),
                    m.peakHeapBytes() / (1024 * 1024), m.findings());
            out.flush();
            if (render != null) {
                renderAll(bench.report(facts, quarter), render.resolve(Integer.toString(size)), out);
            }
        }
        return ErrorPrinter.ok();
    }

    /** The seed the measured fact sets use, so written files hold the meetings {@code bench} measures. */
    private static final long SEED = 42;

    private Integer writeFactFiles() {
        if (sizes.size() != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--write-facts writes one size: give one number to --meetings, such as --meetings 100000");
        }
        var topics = PreparedInputs.readFacts(common.facts, common.rules, StageListener.NONE).facts().topics();
        SyntheticFactFiles.Written written = SyntheticFactFiles.write(
                SyntheticFacts.generate(sizes.get(0), topics, SEED), writeFacts);
        if (!common.quiet) {
            spec.commandLine().getOut().printf("Wrote %,d synthetic meetings in %,d fact files to %s%n",
                    written.meetings(), written.files(), written.folder());
        }
        return ErrorPrinter.ok();
    }

    /** Writes every output of the report into the folder, printing each writer's time and size. */
    private static void renderAll(org.briefingengine.analysis.BriefingReport report, java.nio.file.Path folder,
                                  java.io.PrintWriter out) {
        try {
            java.nio.file.Files.createDirectories(folder);
            for (org.briefingengine.render.ReportWriter writer : ReportWriters.all()) {
                java.nio.file.Path file = folder.resolve(writer.fileName(report.period().label()));
                long started = System.nanoTime();
                try (var stream = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                    writer.write(report, stream);
                }
                out.printf("  wrote %s in %d ms (%d bytes)%n", file, (System.nanoTime() - started) / 1_000_000,
                        java.nio.file.Files.size(file));
                out.flush();
            }
        } catch (java.io.IOException e) {
            throw new org.briefingengine.pipeline.BriefingException(org.briefingengine.pipeline.ExitCode.OUTPUT,
                    folder + ": cannot write the rendered outputs (" + e.getMessage() + "); choose another --render");
        }
    }
}
