package org.briefingengine.engine.facts;

import java.util.Set;

/** Derived: the topics a forum raised in the report period. */
public record ForumTopics(String forum, Set<String> topics) {

    public ForumTopics {
        topics = Set.copyOf(topics);
    }
}
