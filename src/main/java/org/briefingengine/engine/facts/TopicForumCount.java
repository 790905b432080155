package org.briefingengine.engine.facts;

/** Derived: meetings of one forum that raised a topic in the report period. Feeds the overlap matrix. */
public record TopicForumCount(String topic, String forum, int meetings) {
}
