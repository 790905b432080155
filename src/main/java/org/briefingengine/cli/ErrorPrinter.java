package org.briefingengine.cli;

import org.briefingengine.ingest.TextHygiene;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one line per problem; the stack trace only with {@code --debug}. */
final class ErrorPrinter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        var err = cli.getErr();
        if (ex instanceof BriefingException failure) {
            failure.lines().forEach(line -> err.println("briefing: " + TextHygiene.forTerminal(line)));
        } else {
            err.println("briefing: internal error: " + TextHygiene.forTerminal(String.valueOf(ex))
                    + " (run again with --debug for the stack trace, and report it)");
        }
        var log = RunLogFile.of(parsed);
        String ts = "ts=" + java.time.Instant.now() + " level=error msg=";
        if (ex instanceof BriefingException failure) {
            failure.lines().forEach(line -> RunLogFile.appendQuietly(log, ts + StageLog.quote(line)));
        } else {
            RunLogFile.appendQuietly(log, ts + StageLog.quote("internal error: " + ex));
        }
        if (debug(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(ex);
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof BriefingException failure ? failure.exitCode().code() : ExitCode.INTERNAL_ERROR.code();
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    static int ok() {
        return ExitCode.OK.code();
    }
}
