package org.briefingengine.engine;

/**
 * Hears the stages of one session as they end: {@code insert} (flattening and inserting the facts), {@code fire}
 * and {@code extract} (reading the findings and counts back), then the finished session itself, before it is
 * disposed, so a caller (the bench) may read further derived facts from it.
 */
public interface EngineStages {

    EngineStages NONE = new EngineStages() {
    };

    /** {@code cpuNanos} is the CPU time of the session's thread in the stage: unlike wall time, steady under load. */
    default void stageDone(String stage, long nanos, long cpuNanos) {
    }

    default void sessionDone(RuleRun run) {
    }

    /**
     * How far a long stage has come, told every so often from the session's thread: {@code done} of {@code total}
     * {@code units} ({@code "inserting facts"}, 3,000,000 of 7,700,000 facts), or {@code total} 0 when the end is not
     * known in advance ({@code "firing rules"}, 120,000 firings).
     */
    default void progress(String stage, long done, long total, String units) {
    }
}
