package org.briefingengine.engine.facts;

import java.util.Set;

/**
 * Derived: the topics a forum raised in the report period, and all its meetings in the period (with or without
 * topics), collected once per forum so that rules comparing forums pairwise never go through the meetings per pair.
 */
public record ForumTopics(String forum, Set<String> topics, Set<String> meetings) {
    public ForumTopics {
        topics = Set.copyOf(topics);
        meetings = Set.copyOf(meetings);
    }
}
