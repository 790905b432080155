package org.briefingengine.engine.facts;

/** Derived: a (topic, bucket) or (topic, forum) pair seen at least once, so counts accumulate per key, linearly. */
public record BucketKey(String kind, String topic, String key) {
}
