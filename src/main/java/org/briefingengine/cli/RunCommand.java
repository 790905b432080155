package org.briefingengine.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.pipeline.BriefingPipeline;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.pipeline.RunRequest;
import org.briefingengine.pipeline.RunResult;
import org.briefingengine.render.ReportWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing run}: the quarterly job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the rules for a period and write <out>/<period>/: briefing PDF, workbook, findings JSON, "
                + "manifest.")
final class RunCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Option(names = "--period", paramLabel = "P", defaultValue = "latest",
            description = "2021-Q4, 2021, 2019-Q1..2021-Q4, previous-quarter, latest (default) or all.")
    PeriodSpec period;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Output folder; files go to <out>/<period>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--require-meetings",
            description = "Fail (exit 3, nothing written) when the period has no meetings, instead of writing a pack "
                    + "that says so: for cron, where an empty quarter usually means the facts were not updated.")
    boolean requireMeetings;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    RunCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        StageLog log = new StageLog(err, common, clock);
        List<ReportWriter> writers = ReportWriters.all();
        ReportWriters.warmUp(writers);
        RunResult result = new BriefingPipeline(writers, Main.version(), log)
                .run(new RunRequest(common.facts, common.rules, period, out, clock, requireMeetings));
        if (!common.quiet) {
            var stdout = spec.commandLine().getOut();
            stdout.println("Wrote " + result.folder() + " (" + result.report().meetings().size() + " meetings, "
                    + result.report().findings().size() + " findings):");
            result.files().forEach(f -> stdout.println("  " + f));
            stdout.flush();
        }
        return ErrorPrinter.ok();
    }
}
