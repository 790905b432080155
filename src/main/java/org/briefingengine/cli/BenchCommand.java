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
        description = "Measure the rule pack on synthetic meetings (real taxonomy and rules): per size, the median "
                + "time of each stage (insert, fire, extract, assemble, total), the peak heap, and the same derived "
                + "counts computed in plain Java (plain_ms; plain_ratio = insert+fire+extract over plain_ms; cpu_ratio "
                + "the same in CPU time of the working thread), checked "
                + "to agree. Run each size in its own JVM for the cleanest peak heap.")
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

    @Option(names = "--firings", description = "Also print, per size, how often each rule fired (most first).")
    boolean firings;

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
        out.println(row(HEADINGS, HEADINGS));
        for (int size : sizes) {
            FactSet facts = SyntheticFacts.generate(size, inputs.loaded().facts().topics(), SEED);
            Benchmark.Measurement m = bench.measure(facts, quarter, repeats);
            out.println(row(HEADINGS, figures(m)));
            if (firings) {
                m.firings().entrySet().stream()
                        .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> out.printf("  %-28s %d%n", e.getKey(), e.getValue()));
            }
            out.flush();
            if (render != null) {
                renderAll(bench.report(facts, quarter), render.resolve(Integer.toString(size)), out);
            }
        }
        return ErrorPrinter.ok();
    }

    /** The bench's columns: medians in milliseconds, the peak heap, the engine's time over plain Java's. */
    private static final List<String> HEADINGS = List.of("meetings", "facts", "insert_ms", "fire_ms", "extract_ms",
            "assemble_ms", "total_ms", "peak_heap_mb", "plain_ms", "plain_ratio", "cpu_ratio", "findings", "counts");

    private static List<String> figures(Benchmark.Measurement m) {
        List<String> values = new java.util.ArrayList<>(List.of(Integer.toString(m.meetings()), Long.toString(m.facts())));
        for (String stage : Benchmark.STAGES.subList(0, 5)) {
            values.add(Long.toString(m.median(stage)));
        }
        values.add(Long.toString(m.peakHeapBytes() / (1024 * 1024)));
        values.add(Long.toString(m.median("plain")));
        values.add(String.format(java.util.Locale.ROOT, "%.1f", m.plainRatio()));
        values.add(String.format(java.util.Locale.ROOT, "%.1f", m.cpuRatio()));
        values.add(Integer.toString(m.findings()));
        values.add(Integer.toString(m.counts()));
        return values;
    }

    /** One line of the table: each value left-aligned in a column as wide as its heading plus two. */
    private static String row(List<String> headings, List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < headings.size(); i++) {
            line.append(String.format("%-" + (Math.max(headings.get(i).length(), 6) + 2) + "s", values.get(i)));
        }
        return line.toString().stripTrailing();
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
