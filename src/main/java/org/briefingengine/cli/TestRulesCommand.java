package org.briefingengine.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.scenario.ScenarioOutcome;
import org.briefingengine.scenario.ScenarioOutcome.Status;
import org.briefingengine.scenario.ScenarioRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing test-rules}: runs every rule scenario against the rules, compiled once. */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Run the rule scenarios (small JSON fact sets with expected findings) against the rules; "
                + "one PASS/FAIL line per scenario, then a summary. Writes nothing.")
final class TestRulesCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Scenario folder (default: <rules>/scenarios).")
    Path scenarios;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    TestRulesCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Path folder = scenarios != null ? scenarios : common.rules.resolve("scenarios");
        List<Path> files = ScenarioRunner.scenarioFiles(folder);
        if (files.isEmpty()) {
            throw new BriefingException(ExitCode.USAGE, folder + ": no scenarios (*.json) found; check --scenarios "
                    + "or add one (see rules/README.md, \"Rule scenarios\")");
        }
        RuleBase rules = PreparedInputs.compile(common.rules, CommonOptions.ruleCache(spec.commandLine().getErr()));
        List<ScenarioOutcome> outcomes = new ScenarioRunner(common.facts, common.rules, rules, clock)
                .runAll(files);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        for (ScenarioOutcome outcome : outcomes) {
            outcome.problems().forEach(p -> err.println("briefing: " + p));
            err.flush();
            if (!common.quiet || !outcome.passed()) {
                out.println(outcome.line());
            }
        }
        long passed = outcomes.stream().filter(ScenarioOutcome::passed).count();
        long invalid = count(outcomes, Status.INVALID);
        out.println(passed + " passed, " + (outcomes.size() - passed - invalid) + " failed"
                + (invalid > 0 ? ", " + invalid + " invalid" : ""));
        out.flush();
        return exitCode(outcomes).code();
    }

    private static long count(List<ScenarioOutcome> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Rules failing at run time outrank invalid scenarios, which outrank plain failures. */
    static ExitCode exitCode(List<ScenarioOutcome> outcomes) {
        if (count(outcomes, Status.ERROR) > 0) {
            return ExitCode.RULES;
        }
        if (count(outcomes, Status.INVALID) > 0) {
            return ExitCode.INVALID_FACTS;
        }
        return count(outcomes, Status.FAIL) > 0 ? ExitCode.SCENARIOS_FAILED : ExitCode.OK;
    }
}
