package org.briefingengine.cli;

import java.nio.file.Path;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.ingest.TextHygiene;
import picocli.CommandLine.Option;

/** Options every command takes, one group under its own help heading: where facts and rules live, how much to say. */
final class CommonOptions {

    static final String HEADING = "Common options:%n";

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "fixtures",
            description = "Fact folder (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules folder: *.drl, taxonomy/, parameters.json (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--progress", description = "Show the stage under way on one updating line even when stderr is "
            + "not a terminal (on a terminal it always shows; never with --quiet).")
    boolean progress;

    @Option(names = "--log", paramLabel = "FILE", description = "Append one log line per stage to FILE (logfmt).")
    Path log;

    /**
     * The compiled-rule cache the environment asks for (README, "Rule cache"); its one warning goes to {@code err}
     * for the commands that print no stage log.
     */
    static RuleCache ruleCache(java.io.PrintWriter err) {
        return RuleCache.fromEnvironment(System.getenv(), warning -> {
            err.println("briefing: warning: " + TextHygiene.forTerminal(warning));
            err.flush();
        });
    }
}
