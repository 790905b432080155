package org.briefingengine.engine.facts;

/**
 * Derived: a two-part key seen at least once (a topic and a quarter, a topic and a forum, two topics, two co-chairs,
 * a forum and a day), so counts accumulate once per key, linearly. {@code kind} says what the two parts are.
 */
public record BucketKey(String kind, String first, String second) {
}
