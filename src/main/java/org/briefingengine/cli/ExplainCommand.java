package org.briefingengine.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.engine.RuleInfo;
import org.briefingengine.explain.Explainer;
import org.briefingengine.explain.NearMiss;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Period;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.StageListener;
import org.briefingengine.render.json.FindingsJsonReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing explain}: why a finding fired (by id), or whether a rule fired for a subject and, if not, which
 * condition stopped it and by how much.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain why a finding fired: its rule (file and line), thresholds, and the facts behind it.",
            "With --subject and --rule instead of an id: say whether that rule fired for that subject in the period "
                + "and, if not, which threshold or condition stopped it and how close the facts came."})
final class ExplainCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "FINDING-ID", arity = "0..1",
            description = "A finding id from findings-<period>.json or the workbook.")
    String findingId;

    @Option(names = "--subject", paramLabel = "ID",
            description = "Topic, actor, forum or meeting id a finding would be about (with --rule, instead of an id).")
    String subject;

    @Option(names = "--rule", paramLabel = "NAME", description = "Rule name, e.g. topic-overlap (with --subject).")
    String rule;

    @Option(names = "--period", paramLabel = "P",
            description = "Period of the finding (default: the period whose findings file under --out names it, "
                    + "else latest).")
    PeriodSpec period;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Where earlier runs wrote their findings (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    ExplainCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        boolean bySubject = subject != null || rule != null;
        if (bySubject == (findingId != null) || bySubject && (subject == null || rule == null)) {
            throw new BriefingException(ExitCode.USAGE, "explain takes either a FINDING-ID or both --subject and "
                    + "--rule (see 'briefing explain --help')");
        }
        PreparedInputs inputs = PreparedInputs.prepare(common.facts, common.rules, StageListener.NONE,
                CommonOptions.ruleCache(spec.commandLine().getErr()));
        RuleInfo info = bySubject ? new NearMiss(inputs).rule(rule) : null;
        Period resolved = periodToExplain(bySubject).resolve(clock, inputs.loaded().facts());
        BriefingReport report = inputs.analyse(resolved, clock.instant(), Main.version(), StageListener.NONE);
        List<String> lines = bySubject ? bySubject(inputs, info, report) : byId(inputs, report);
        var stdout = spec.commandLine().getOut();
        lines.forEach(stdout::println);
        stdout.flush();
        return ErrorPrinter.ok();
    }

    private List<String> bySubject(PreparedInputs inputs, RuleInfo info, BriefingReport report) {
        List<Finding> fired = report.findings().stream()
                .filter(f -> f.rule().equals(rule) && f.subjects().contains(subject)).toList();
        if (fired.isEmpty()) {
            return new NearMiss(inputs).explain(info, subject, report.period());
        }
        List<String> lines = new ArrayList<>();
        lines.add(rule + " fired for " + subject + " in " + report.period().label() + ": " + fired.size()
                + " finding(s)");
        fired.forEach(f -> lines.addAll(Explainer.explain(f, report, inputs)));
        return lines;
    }

    private List<String> byId(PreparedInputs inputs, BriefingReport report) {
        Finding finding = report.findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new BriefingException(ExitCode.USAGE, "no finding '" + findingId + "' in period "
                        + report.period().label() + " on the current facts and rules; check the id in findings-"
                        + report.period().label() + ".json or pass --period"));
        return Explainer.explain(finding, report, inputs);
    }

    /** --period, else the period of the newest findings file under --out that names the id, else the latest. */
    private PeriodSpec periodToExplain(boolean bySubject) {
        if (period != null) {
            return period;
        }
        String found = bySubject ? "latest" : periodFromReports().orElse("latest");
        try {
            return PeriodSpec.parse(found);
        } catch (IllegalArgumentException e) {
            throw new BriefingException(ExitCode.USAGE, "--period: " + e.getMessage());
        }
    }

    /** The period of the newest findings file under --out that names the id. */
    private Optional<String> periodFromReports() {
        return FindingsJsonReader.readAllUnder(out).stream()
                .filter(file -> file.findings().stream().anyMatch(f -> f.id().equals(findingId)))
                .map(FindingsJsonReader.FindingsFile::period).reduce((first, second) -> second);
    }
}
