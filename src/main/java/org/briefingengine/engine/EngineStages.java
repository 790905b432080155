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
}
