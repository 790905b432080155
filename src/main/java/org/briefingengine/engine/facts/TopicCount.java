package org.briefingengine.engine.facts;

/**
 * Derived: how many meetings raised a topic in one bucket ({@code 2021-Q4} or {@code 2021}), and in how many
 * forums. Feeds the topic × period heat map.
 */
public record TopicCount(String topic, String bucket, int meetings, int forums) {
}
