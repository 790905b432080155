package org.briefingengine.engine.facts;

/**
 * Derived: a two-part key seen at least once (two co-chairs, two leads, a forum and a day, a year meetings were
 * held in), so counts accumulate once per key, linearly. {@code kind} says what the two parts are.
 */
public record BucketKey(String kind, String first, String second) {
}
