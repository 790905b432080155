package org.briefingengine.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.briefingengine.pipeline.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code briefing}: the command-line entry point. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rule-based briefing packs on multilateral diplomacy: facts in, findings, workbook and PDF out.",
        subcommands = {RunCommand.class, ValidateCommand.class, ExplainCommand.class, BenchCommand.class,
            TestRulesCommand.class, WatchCommand.class, ExtractCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:invalid facts", "4:rules do not compile or failed at run time",
            "5:output could not be written", "6:another run holds the output folder's lock",
            "7:test-rules: a rule scenario did not get the findings it expects"})
public final class Main implements Runnable {

    private final Clock clock;

    public Main(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Clock.systemUTC(), new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args));
    }

    /** The configured command line, with injectable clock and streams (tests use this). */
    public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(clock), new ClockFactory(clock));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorPrinter());
        cli.setExitCodeExceptionMapper(t -> ErrorPrinter.exitCodeOf(t));
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("briefing: " + ex.getMessage()
                    + " (see 'briefing " + ex.getCommandLine().getCommandName() + " --help')");
            return ExitCode.USAGE.code();
        });
        return cli;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: run, validate or explain");
    }

    /** Reads the version Maven writes into the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"briefing " + version()};
        }
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Gives commands the injected clock. */
    private record ClockFactory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Clock.class).newInstance(clock);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
