package org.briefingengine.engine.facts;

/**
 * Derived, once per subject: an actor ({@code kind} {@code actor}) present at, or a topic ({@code topic}) raised at, a
 * meeting wholly before the period or one that may fall in it. First-time rules join this one fact instead of checking
 * every earlier mention, which would keep every earlier mention in the rule engine's memory.
 */
public record SeenBefore(String kind, String subject) {
}
