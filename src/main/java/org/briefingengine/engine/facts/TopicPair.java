package org.briefingengine.engine.facts;

/** Derived: two topics (in id order) raised at the same meeting in the report period. */
public record TopicPair(String first, String second, String meeting, String forum) {
}
