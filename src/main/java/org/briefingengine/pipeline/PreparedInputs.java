package org.briefingengine.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.analysis.ReportOptions;
import org.briefingengine.engine.EngineResult;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.engine.RuleCompilationException;
import org.briefingengine.engine.RuleParameters;
import org.briefingengine.engine.RuleProblem;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.FileHash;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Category;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;

/** Facts read and validated, rules compiled, every input hashed: what run, validate and explain start from. */
public record PreparedInputs(LoadedInputs loaded, RuleBase ruleBase, InputDigest digest) {

    /** A run over a badly broken folder should name its first problems, not scroll a terminal for minutes. */
    static final int MAX_PRINTED_PROBLEMS = 100;

    /**
     * Reads facts, taxonomy and parameters while the rules compile (or load from the rule cache) on another thread.
     * Problems are told as a run on one thread would: the facts' first, then the rules'.
     *
     * @throws BriefingException exit 3 for invalid facts (every problem listed), exit 4 for rules that do not compile
     */
    public static PreparedInputs prepare(Path factsDir, Path rulesDir, StageListener listener) {
        return prepare(factsDir, rulesDir, listener, RuleCache.fromEnvironment(System.getenv(), listener::warning));
    }

    /** As {@link #prepare(Path, Path, StageListener)}, with the rules compiled through the given cache. */
    public static PreparedInputs prepare(Path factsDir, Path rulesDir, StageListener listener, RuleCache cache) {
        RuleBaseLoading rules = RuleBaseLoading.start(rulesDir, cache);
        long started = System.nanoTime();
        listener.stageStarted("reading facts");
        LoadedInputs loaded = readFacts(factsDir, rulesDir, listener);
        checkReportOptions(loaded, rulesDir);
        listener.stageDone("facts-read", millisSince(started), Map.of("files", loaded.factFileHashes().size(),
                "meetings", loaded.facts().meetings().size(), "forums", loaded.facts().forums().size(),
                "actors", loaded.facts().actors().size(), "topics", loaded.facts().topics().size(),
                "warnings", loaded.warnings().size()));
        listener.stageStarted("compiling rules");
        RuleBase ruleBase = rules.join(listener);
        // The rules were loaded while the facts were read: this is the time loading took on its own thread.
        listener.stageDone("rules-compiled", rules.millis(), Map.of("rules", ruleBase.rules().size(),
                "cached", ruleBase.fromCache()));
        return new PreparedInputs(loaded, ruleBase, InputDigest.of(loaded.factFileHashes(), ruleFileHashes(rulesDir)));
    }

    /** The report.* settings are read before anything runs, so a bad one stops the run with exit 4 (a parameter problem), not midway. */
    private static void checkReportOptions(LoadedInputs loaded, Path rulesDir) {
        try {
            ReportOptions.from(loaded.parametersByName());
        } catch (IllegalArgumentException e) {
            throw new BriefingException(ExitCode.RULES, List.of(rulesDir.resolve(FactLoader.PARAMETERS_FILE)
                    + ": " + e.getMessage()), e);
        }
    }

    /**
     * Reads and validates facts, taxonomy and parameters without compiling rules (what {@code extract} needs).
     *
     * @throws BriefingException exit 3 for invalid facts, exit 4 for a problem in the rules folder (taxonomy,
     *                           parameters, a parameter a rule reads but nothing declares); every problem listed
     */
    public static LoadedInputs readFacts(Path factsDir, Path rulesDir, StageListener listener) {
        InputFolders.check(factsDir, rulesDir);
        List<RuleParameters.Reference> readByRules = RuleParameters.scan(rulesDir);
        LoadedInputs loaded = new FactLoader(RuleParameters.names(readByRules))
                .onFileRead((done, total) -> listener.progress(done, total, "files")).load(factsDir, rulesDir);
        loaded.warnings().forEach(w -> listener.warning(w.toString()));
        if (loaded.hasErrors()) {
            List<String> lines = new ArrayList<>(loaded.errors().stream().limit(MAX_PRINTED_PROBLEMS)
                    .map(InputProblem::toString).toList());
            if (loaded.errors().size() > MAX_PRINTED_PROBLEMS) {
                lines.add("… " + (loaded.errors().size() - MAX_PRINTED_PROBLEMS) + " more problem(s) not shown");
            }
            lines.add(loaded.errors().size() + " problem(s) in " + loaded.filesWithErrors()
                    + " file(s); fix them and run 'validate' again");
            boolean inRules = loaded.errors().stream().anyMatch(p -> p.file().startsWith(rulesDir));
            throw new BriefingException(inRules ? ExitCode.RULES : ExitCode.INVALID_FACTS, lines, null);
        }
        List<RuleProblem> undeclared = RuleParameters.undeclared(readByRules, loaded.parametersByName().keySet(),
                rulesDir.resolve(FactLoader.PARAMETERS_FILE));
        if (!undeclared.isEmpty()) {
            throw rulesProblems(undeclared);
        }
        return loaded;
    }

    /** The rules of the folder, loaded from the cache when it holds them, else compiled (and stored there). */
    public static RuleBase compile(Path rulesDir, RuleCache cache) {
        try {
            return RuleBase.compile(rulesDir, cache);
        } catch (RuleCompilationException e) {
            throw rulesProblems(e.problems());
        }
    }

    private static BriefingException rulesProblems(List<RuleProblem> problems) {
        List<String> lines = new ArrayList<>(problems.stream().map(Object::toString).toList());
        lines.add(problems.size() + " problem(s) in the rules; nothing was written");
        return new BriefingException(ExitCode.RULES, lines, null);
    }

    public Map<String, Parameter> parameters() {
        return loaded.parametersByName();
    }

    /** These facts and rules, for running the rules over other periods or with other facts. */
    public RuleInputs ruleInputs() {
        return new RuleInputs(loaded.facts(), parameters(), ruleBase);
    }

    /**
     * The one entry point of every command that analyses the prepared inputs: runs the rules for the period and
     * assembles the report; writes nothing.
     *
     * @throws BriefingException exit 4 when the rules fail at run time
     */
    public BriefingReport analyse(Period period, Instant generatedAt, String version, StageListener listener) {
        long started = System.nanoTime();
        listener.stageStarted("preparing facts for the rules");
        RuleInputs inputs = ruleInputs();
        EngineResult result = inputs.run(period, new ShownProgress(listener));
        listener.stageStarted("assembling the report");
        BriefingReport report = inputs.assemble(period, result, digest, generatedAt, version);
        listener.stageDone("rules-fired", millisSince(started), Map.of("period", period.label(),
                "meetings", report.meetings().size(), "findings", report.findings().size(),
                "firings", result.firings().values().stream().mapToInt(Integer::intValue).sum(),
                "quality", report.findingsIn(Category.QUALITY).size()));
        return report;
    }

    /** The session's progress on the status line: the step under way (inserting, firing) and how far it has come. */
    private static final class ShownProgress implements org.briefingengine.engine.EngineStages {
        private final StageListener listener;
        private String shown;

        ShownProgress(StageListener listener) {
            this.listener = listener;
        }

        @Override
        public void progress(String stage, long done, long total, String units) {
            if (!stage.equals(shown)) {
                shown = stage;
                listener.stageStarted(stage);
            }
            listener.progress(done, total, units);
        }
    }

    static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /** Hashes of the files that shape a report: rule files, the taxonomy and the parameters (not scenarios). */
    static Map<String, String> ruleFileHashes(Path rulesDir) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".json"))
                    .filter(p -> !rulesDir.relativize(p).startsWith("scenarios"))
                    // extract/ holds the cue lists of 'extract'; they play no part in a briefing.
                    .filter(p -> !rulesDir.relativize(p).startsWith("extract"))
                    .forEach(p -> hashes.put(rulesDir.relativize(p).toString().replace('\\', '/'), FileHash.of(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }
}
