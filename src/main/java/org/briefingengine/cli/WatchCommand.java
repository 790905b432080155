package org.briefingengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.watch.RuleWatcher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing watch}: re-runs the analysis on every saved change to the rules or facts; writes nothing. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch the rules and facts folders: on every saved change recompile the rules, re-run the "
                + "analysis and print compile errors, or the findings that appeared (+) and disappeared (-).",
            "A broken edit keeps the last good rules in use. Writes nothing; Ctrl-C stops."})
final class WatchCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Option(names = "--period", paramLabel = "P", defaultValue = "latest",
            description = "2021-Q4, 2021, 2019-Q1..2021-Q4, previous-quarter, latest (default) or all.")
    PeriodSpec period;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    WatchCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        checkArguments();
        PrintWriter stdout = spec.commandLine().getOut();
        RuleWatcher watcher = new RuleWatcher(common.facts, common.rules, period, clock, line -> {
            stdout.println(line);
            stdout.flush();
        }, CommonOptions.ruleCache(spec.commandLine().getErr()));
        // Ctrl-C or SIGTERM: end the loop, let it print its last line, then let the JVM go.
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                watcher.awaitStopped(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "briefing-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        watcher.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
        return ErrorPrinter.ok();
    }

    private void checkArguments() {
        for (var folder : List.of(common.rules, common.facts)) {
            if (!Files.isDirectory(folder)) {
                throw new BriefingException(ExitCode.USAGE, folder + ": folder not found; check --rules and --facts");
            }
        }
    }
}
