package org.briefingengine.engine.facts;

/**
 * One per actor that took part (itself or counted for a part or member) in {@code meetings} meetings wholly before
 * the period, or dated too coarsely to tell whether they fall in it. Built once by the engine; derive/keys.drl turns
 * it into {@link SeenBefore}, so no earlier meeting's actors are held in the rule engine's memory.
 */
public record ActorBefore(String actor, int meetings) {
}
