package org.briefingengine.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.InputFolders;
import org.briefingengine.pipeline.PeriodSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code briefing}: the command-line entry point. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rule-based briefing packs on multilateral diplomacy: facts in, findings, workbook and PDF out.",
        subcommands = {RunCommand.class, ValidateCommand.class, ExplainCommand.class, BenchCommand.class,
            TestRulesCommand.class, WatchCommand.class, DiffCommand.class, ImportCommand.class, TemplateCommand.class,
            TemplateCommand.Export.class, ExtractCommand.class},
        exitCodeListHeading = "%nExit codes:%n")
public final class Main implements Callable<Integer> {

    private final Clock clock;

    @Spec
    CommandSpec spec;

    public Main(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        // Charts are drawn off screen: without a display toolkit AWT starts faster and never looks for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ReportWriters.warmUpInBackground = true;
        System.exit(commandLine(Clock.systemUTC(), new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args));
    }

    /** The configured command line, with injectable clock and streams (tests use this). */
    public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        return commandLine(clock, out, err, System.getenv());
    }

    /** As above, with the environment ({@code BRIEFING_HOME}) given. */
    public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine cli = new CommandLine(new Main(clock), new ClockFactory(clock));
        cli.setOut(out);
        cli.setErr(err);
        cli.setDefaultValueProvider(new HomeDefaults(env.get(InputFolders.HOME_VARIABLE)));
        cli.registerConverter(PeriodSpec.class, new PeriodConverter());
        cli.getCommandSpec().usageMessage().exitCodeList(exitCodeList());
        cli.setExecutionExceptionHandler(new ErrorPrinter());
        cli.setExecutionStrategy(new LoggedExecution(clock));
        cli.setExitCodeExceptionMapper(t -> ErrorPrinter.exitCodeOf(t));
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("briefing: " + ex.getMessage()
                    + " (see 'briefing " + ex.getCommandLine().getCommandName() + " --help')");
            return ExitCode.USAGE.code();
        });
        return cli;
    }

    /** The help's exit-code list, from {@link ExitCode}. */
    private static Map<String, String> exitCodeList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            list.put(String.valueOf(code.code()), code.meaning());
        }
        return list;
    }

    public Clock clock() {
        return clock;
    }

    /** {@code briefing} alone: a usage error, with the usage. */
    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        err.println("briefing: a command is required: " + String.join(", ", spec.subcommands().keySet())
                + " (see 'briefing --help')");
        spec.commandLine().usage(err);
        return ExitCode.USAGE.code();
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
