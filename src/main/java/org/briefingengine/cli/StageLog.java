package org.briefingengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.briefingengine.ingest.TextHygiene;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.StageListener;

/**
 * Reports stages as they finish. Unattended (stderr not a terminal): one logfmt line per stage on stderr, a format
 * log collectors parse, no colour or progress. On a terminal: a short human progress line instead. {@code --log FILE}
 * appends the logfmt lines to a file as well; {@code --quiet} silences everything but errors.
 */
final class StageLog implements StageListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final Path logFile;
    private final Clock clock;

    StageLog(PrintWriter err, CommonOptions options, Clock clock) {
        this(err, System.console() != null, options.quiet, options.log, clock);
    }

    StageLog(PrintWriter err, boolean terminal, boolean quiet, Path logFile, Clock clock) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.logFile = logFile;
        this.clock = clock;
    }

    @Override
    public void stageDone(String stage, long millis, Map<String, Object> fields) {
        Map<String, Object> all = new TreeMap<>(fields);
        all.put("ms", millis);
        String line = "ts=" + clock.instant() + " level=info stage=" + stage + " " + logfmt(all);
        append(line);
        if (quiet) {
            return;
        }
        if (terminal) {
            err.println("  " + stage.replace('-', ' ') + " (" + millis + " ms) " + human(fields));
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public void warning(String message) {
        append("ts=" + clock.instant() + " level=warn msg=" + quote(message));
        if (!quiet) {
            err.println(terminal ? "briefing: warning: " + TextHygiene.forTerminal(message) : "ts=" + clock.instant()
                    + " level=warn msg=" + quote(message));
            err.flush();
        }
    }

    private void append(String line) {
        if (logFile == null) {
            return;
        }
        try {
            RunLogFile.append(logFile, line);
        } catch (IOException e) {
            throw new BriefingException(ExitCode.OUTPUT, logFile + ": cannot write the log file (" + e.getClass()
                    .getSimpleName() + "); check the path and its permissions, or choose another --log");
        }
    }

    private static String logfmt(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : " ").append(k).append('=').append(quote(v)));
        return out.toString();
    }

    private static String human(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> out.append(k).append(' ').append(v).append("  "));
        return out.toString().strip();
    }

    static String quote(Object value) {
        String text = String.valueOf(value);
        boolean plain = !text.isEmpty() && text.chars().noneMatch(c -> c == ' ' || c == '"' || c == '=' || c < 32);
        return plain ? text : '"' + TextHygiene.forTerminal(text.replace("\\", "\\\\").replace("\"", "\\\""))
                .replace("\\u000a", "\\n") + '"';
    }
}
