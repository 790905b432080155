package org.briefingengine.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PeriodSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code briefing}: the command-line entry point. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rule-based briefing packs on multilateral diplomacy: facts in, findings, workbook and PDF out.",
        subcommands = {RunCommand.class, ValidateCommand.class, ExplainCommand.class, BenchCommand.class,
            TestRulesCommand.class, WatchCommand.class, ImportCommand.class, TemplateCommand.class,
            TemplateCommand.Export.class, ExtractCommand.class},
        exitCodeListHeading = "%nExit codes:%n")
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
        cli.registerConverter(PeriodSpec.class, new PeriodConverter());
        cli.getCommandSpec().usageMessage().exitCodeList(exitCodeList());
        cli.setExecutionExceptionHandler(new ErrorPrinter());
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
