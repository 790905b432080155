package org.briefingengine.pipeline;

import java.util.Map;

/** Hears each stage of a run as it completes, with counts; the CLI turns these into log lines and progress. */
@FunctionalInterface
public interface StageListener {

    StageListener NONE = (stage, millis, fields) -> { };

    void stageDone(String stage, long millis, Map<String, Object> fields);

    /** A warning that does not stop the run (an empty quarter, a co-chair missing from participants). */
    default void warning(String message) {
    }
}
