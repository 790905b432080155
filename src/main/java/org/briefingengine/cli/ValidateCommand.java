package org.briefingengine.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.pipeline.PreparedInputs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code briefing validate}: checks facts and compiles rules; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every fact file and compile every rule file; report all problems; write nothing.")
final class ValidateCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    ValidateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        StageLog log = new StageLog(spec.commandLine().getErr(), common, clock);
        PreparedInputs inputs = PreparedInputs.prepare(common.facts, common.rules, log,
                RuleCache.fromEnvironment(System.getenv(), log::warning).writeOnly());
        if (!common.quiet) {
            var facts = inputs.loaded().facts();
            spec.commandLine().getOut().println("OK: " + facts.meetings().size() + " meetings, " + facts.forums().size()
                    + " forums, " + facts.actors().size() + " actors, " + facts.persons().size() + " persons, "
                    + facts.topics().size() + " topics, " + inputs.ruleBase().rules().size() + " rules; "
                    + inputs.loaded().warnings().size() + " warning(s)");
            spec.commandLine().getOut().flush();
        }
        return ErrorPrinter.ok();
    }
}
