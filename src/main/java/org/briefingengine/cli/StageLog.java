package org.briefingengine.cli;

import static org.briefingengine.engine.Phrasing.digits;

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
 * appends the logfmt lines to a file as well; {@code --quiet} silences everything but errors. On a terminal (or with
 * {@code --progress}) the stage under way shows on one line that updates in place (files read of all, seconds taken)
 * and is cleared before the next line is printed; cron and piped runs never see it.
 */
final class StageLog implements StageListener {

    private static final long TICK_MILLIS = 1000;
    private static final long MIN_NANOS_BETWEEN_UPDATES = 100_000_000;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final Path logFile;
    private final Clock clock;
    private final boolean showsProgress;
    /** The stage under way, as the status line names it; null when none is shown. */
    private String activity;
    private String detail = "";
    private long activityStarted;
    private long lastShown;
    private int shownLength;
    private java.util.Timer ticker;

    StageLog(PrintWriter err, CommonOptions options, Clock clock) {
        this(err, System.console() != null, options.quiet, options.log, clock, options.progress);
    }

    StageLog(PrintWriter err, boolean terminal, boolean quiet, Path logFile, Clock clock) {
        this(err, terminal, quiet, logFile, clock, false);
    }

    StageLog(PrintWriter err, boolean terminal, boolean quiet, Path logFile, Clock clock, boolean progress) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.logFile = logFile;
        this.clock = clock;
        this.showsProgress = (terminal || progress) && !quiet;
    }

    @Override
    public synchronized void stageStarted(String stage) {
        if (!showsProgress) {
            return;
        }
        activity = stage;
        detail = "";
        activityStarted = clock.millis();
        showStatus();
        if (ticker == null) {
            // the seconds go on counting while a stage that reports nothing (firing rules) runs
            ticker = new java.util.Timer("progress", true);
            ticker.scheduleAtFixedRate(new java.util.TimerTask() {
                @Override
                public void run() {
                    tick();
                }
            }, TICK_MILLIS, TICK_MILLIS);
        }
    }

    @Override
    public synchronized void progress(long done, long total, String units) {
        if (activity == null) {
            return;
        }
        detail = total > 0 ? digits(done) + "/" + digits(total) + " " + units : digits(done) + " " + units;
        if (System.nanoTime() - lastShown >= MIN_NANOS_BETWEEN_UPDATES || done == total) {
            showStatus();
        }
    }

    private synchronized void tick() {
        if (activity != null) {
            showStatus();
        }
    }

    /** Rewrites the status line in place: {@code   reading facts 120/502 files, 14 s}. */
    private void showStatus() {
        long seconds = Math.max(0, clock.millis() - activityStarted) / 1000;
        String text = "  " + activity + (detail.isEmpty() ? "" : " " + detail) + ", " + seconds + " s";
        err.print("\r" + text + " ".repeat(Math.max(0, shownLength - text.length())));
        err.flush();
        shownLength = text.length();
        lastShown = System.nanoTime();
    }

    /** Blanks the status line so the next line starts on a clean one. */
    private void clearStatus() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            shownLength = 0;
        }
        activity = null;
    }

    @Override
    public synchronized void stageDone(String stage, long millis, Map<String, Object> fields) {
        Map<String, Object> all = new TreeMap<>(fields);
        all.put("ms", millis);
        String line = "ts=" + clock.instant() + " level=info stage=" + stage + " " + logfmt(all);
        append(line);
        if (quiet) {
            return;
        }
        clearStatus();
        if (terminal) {
            err.println("  " + stage.replace('-', ' ') + " (" + millis + " ms) " + human(fields));
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public synchronized void warning(String message) {
        append("ts=" + clock.instant() + " level=warn msg=" + quote(message));
        if (!quiet) {
            String under = activity;
            clearStatus();
            activity = under;
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
