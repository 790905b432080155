package org.briefingengine.cli;

import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command, prints a failure through {@link ErrorPrinter}, and ends the {@code --log} file with one line
 * carrying the exit code, so a log read after the fact says how every run ended.
 */
record LoggedExecution(Clock clock) implements IExecutionStrategy {

    @Override
    public int execute(ParseResult parsed) {
        long started = System.nanoTime();
        int code;
        try {
            code = new CommandLine.RunLast().execute(parsed);
        } catch (CommandLine.ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception ex ? ex : e;
            code = new ErrorPrinter().handleExecutionException(cause, e.getCommandLine(), parsed);
        }
        ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        RunLogFile.appendQuietly(RunLogFile.of(parsed), "ts=" + clock.instant() + " level=" + (code == 0 ? "info"
                : "error") + " stage=finished command=" + last.commandSpec().name() + " exit=" + code + " ms="
                + (System.nanoTime() - started) / 1_000_000);
        return code;
    }
}
