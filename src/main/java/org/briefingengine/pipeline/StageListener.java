package org.briefingengine.pipeline;

import java.util.Map;

/** Hears each stage of a run as it completes, with counts; the CLI turns these into log lines and progress. */
@FunctionalInterface
public interface StageListener {

    StageListener NONE = (stage, millis, fields) -> { };

    void stageDone(String stage, long millis, Map<String, Object> fields);

    /**
     * A long stage has begun ({@code "reading facts"}, {@code "firing rules"}, {@code "writing briefing.pdf"}): a
     * terminal shows it, with the time it has taken, until the stage is done.
     */
    default void stageStarted(String activity) {
    }

    /**
     * How far the stage under way has come: {@code done} of {@code total} {@code units} ("files"), or {@code done}
     * {@code units} when {@code total} is 0 (firings, whose number is not known until the rules are done).
     */
    default void progress(long done, long total, String units) {
    }

    /** A warning that does not stop the run (an empty quarter, a co-chair missing from participants). */
    default void warning(String message) {
    }
}
