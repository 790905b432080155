package org.briefingengine.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.briefingengine.analysis.FindingsDiff;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleCompilationException;
import org.briefingengine.engine.RuleProblem;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.pipeline.RuleInputs;

/**
 * The state the watch loop carries between changes: the last rules that compiled, the last facts that validated,
 * and the findings of the last run, against which the next run's are compared.
 */
final class WatchSession {

    private final Path factsDir;
    private final Path rulesDir;
    private final PeriodSpec period;
    private final Clock clock;
    private final Consumer<String> out;
    private RuleBase rules;
    private LoadedInputs facts;
    private List<Finding> findings;

    WatchSession(Path factsDir, Path rulesDir, PeriodSpec period, Clock clock, Consumer<String> out) {
        this.factsDir = factsDir;
        this.rulesDir = rulesDir;
        this.period = period;
        this.clock = clock;
        this.out = out;
    }

    /** Reloads what changed; re-runs the analysis when a new good version of the rules or the facts came in. */
    void refresh(boolean rulesChanged, boolean factsChanged) {
        boolean fresh = rulesChanged && compile();
        fresh |= factsChanged && load();
        if (fresh && rules != null && facts != null) {
            analyse();
        }
    }

    private boolean compile() {
        try {
            rules = RuleBase.compile(rulesDir);
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
        return true;
    }

    private void analyse() {
        Period resolved = period.resolve(clock, facts.facts());
        List<Finding> now;
        try {
            now = new RuleInputs(facts.facts(), facts.parametersByName(), rules).run(resolved).findings();
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
