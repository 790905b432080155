package org.briefingengine.engine.facts;

/**
 * One per topic raised (family-aware) at {@code meetings} meetings wholly before the period, or dated too coarsely to
 * tell whether they fall in it. Built once by the engine; derive/keys.drl turns it into {@link SeenBefore}.
 */
public record TopicBefore(String topic, int meetings) {
}
