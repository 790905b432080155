package org.briefingengine.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.briefingengine.analysis.FindingsDiff;
import org.briefingengine.engine.LiveRules;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.engine.RuleCompilationException;
import org.briefingengine.engine.RuleProblem;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.pipeline.RuleInputs;

/**
 * The state the watch loop carries between changes: the last rules that compiled, the last facts and parameters
 * that validated, and the findings of the last run, against which the next run's are compared. Everything stays in
 * this one warm JVM: a change to the parameters re-reads only them, and the rules are recompiled only when a rule
 * file changed, and then only the edited files (parameters are facts the rules match, not compiled into them).
 */
final class WatchSession {

    private final Path factsDir;
    private final Path rulesDir;
    private final PeriodSpec period;
    private final Clock clock;
    private final Consumer<String> out;
    private final RuleCache cache;
    private final LiveRules live;
    private RuleBase rules;
    private LoadedInputs facts;
    private Map<String, Parameter> parameters;
    private List<Finding> findings;

    WatchSession(Path factsDir, Path rulesDir, PeriodSpec period, Clock clock, Consumer<String> out, RuleCache cache) {
        this.factsDir = factsDir;
        this.rulesDir = rulesDir;
        this.period = period;
        this.clock = clock;
        this.out = out;
        this.cache = cache;
        this.live = new LiveRules(rulesDir);
    }

    /** Reloads what changed; re-runs the analysis when a new good version of the rules, facts or parameters came in. */
    void refresh(Change change) {
        boolean fresh = change.rules() && compile(change.ruleFiles());
        if (change.facts()) {
            fresh |= load();
        } else if (change.parameters()) {
            fresh |= loadParameters();
        }
        if (fresh && rules != null && facts != null) {
            analyse();
        }
    }

    /** Drops the compiled module the live rules hold. */
    void close() {
        live.close();
    }

    /** What a batch of saved files touched; {@code ruleFiles} names the rule files, empty when any may have changed. */
    record Change(boolean rules, Set<Path> ruleFiles, boolean parameters, boolean facts) {
        static final Change ALL = new Change(true, Set.of(), true, true);
    }

    /** The first rules come from the cache when it has them; later edits recompile in this process, file by file. */
    private boolean compile(Set<Path> changed) {
        try {
            rules = rules == null ? RuleBase.compile(rulesDir, cache) : live.refresh(changed);
            return true;
        } catch (RuleCompilationException e) {
            e.problems().stream().map(RuleProblem::toString).forEach(out);
            out.accept(rules == null ? "rules do not compile; waiting for a good edit"
                    : "rules do not compile; still using the last good rules");
            return false;
        }
    }

    private boolean load() {
        LoadedInputs loaded = new FactLoader().load(factsDir, rulesDir);
        if (loaded.hasErrors()) {
            loaded.errors().stream().map(InputProblem::toString).forEach(out);
            out.accept(facts == null ? "facts are invalid; waiting for a good edit"
                    : "facts are invalid; still using the last good facts");
            return false;
        }
        facts = loaded;
        parameters = loaded.parametersByName();
        return true;
    }

    /** The parameters alone (with the taxonomy they are checked against); the facts in memory stay as they are. */
    private boolean loadParameters() {
        if (facts == null) {
            return load();
        }
        LoadedInputs loaded = new FactLoader().load(null, rulesDir, List.of());
        if (loaded.hasErrors()) {
            loaded.errors().stream().map(InputProblem::toString).forEach(out);
            out.accept("parameters are invalid; still using the last good parameters");
            return false;
        }
        parameters = loaded.parametersByName();
        return true;
    }

    private void analyse() {
        Period resolved = period.resolve(clock, facts.facts());
        List<Finding> now;
        try {
            now = new RuleInputs(facts.facts(), parameters, rules).run(resolved).findings();
        } catch (BriefingException e) {
            out.accept(e.getMessage());
            return;
        }
        String count = now.size() + " findings in " + resolved.label();
        if (findings == null) {
            out.accept(count);
        } else {
            FindingsDiff diff = FindingsDiff.between(findings, now);
            diff.lines().forEach(out);
            out.accept(count + ": " + diff.summary());
        }
        findings = now;
    }
}
