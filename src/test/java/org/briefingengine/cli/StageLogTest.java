package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status line of a long run: shown in place on a terminal, cleared before each stage line, absent elsewhere. */
class StageLogTest {

    private final StringWriter err = new StringWriter();

    @Test
    void onATerminal_theStageUnderWayShowsOnOneLine_clearedBeforeTheStageLine() {
        StageLog log = new StageLog(new PrintWriter(err), true, false, null, Cli.CLOCK);

        log.stageStarted("reading facts");
        log.progress(2, 2, "files");
        log.stageDone("facts-read", 12, Map.of("files", 2));

        String status = "  reading facts 2/2 files, 0 s";
        assertThat(err.toString()).isEqualTo("\r  reading facts, 0 s" + "\r" + status + "\r"
                + " ".repeat(status.length()) + "\r" + "  facts read (12 ms) files 2" + System.lineSeparator());
    }

    @Test
    void largeCountsGroupTheirThousands_andACountWithoutATotalStandsAlone() throws InterruptedException {
        StageLog log = new StageLog(new PrintWriter(err), true, false, null, Cli.CLOCK);

        log.stageStarted("inserting facts");
        log.progress(7_669_344, 7_669_344, "facts");
        assertThat(err.toString()).endsWith("\r  inserting facts 7,669,344/7,669,344 facts, 0 s");
        log.stageStarted("firing rules");
        Thread.sleep(150); // the status line is redrawn at most every 100 ms
        log.progress(120_000, 0, "firings");

        assertThat(err.toString()).endsWith("\r  firing rules 120,000 firings, 0 s");
    }

    @Test
    void unattendedOrQuiet_printsNoStatusLine() {
        new StageLog(new PrintWriter(err), false, false, null, Cli.CLOCK).stageStarted("reading facts");
        StageLog quiet = new StageLog(new PrintWriter(err), true, true, null, Cli.CLOCK);
        quiet.stageStarted("reading facts");
        quiet.progress(1, 2, "files");

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void progressOption_showsTheStatusLineWithoutATerminal_andKeepsTheLogLines() {
        StageLog log = new StageLog(new PrintWriter(err), false, false, null, Cli.CLOCK, true);

        log.stageStarted("firing rules");
        log.stageDone("rules-fired", 5, Map.of());

        assertThat(err.toString()).startsWith("\r  firing rules, 0 s\r")
                .endsWith("ts=2026-11-23T06:00:00Z level=info stage=rules-fired ms=5" + System.lineSeparator());
    }
}
