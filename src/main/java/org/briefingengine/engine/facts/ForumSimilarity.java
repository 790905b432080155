package org.briefingengine.engine.facts;

import java.util.List;

/** Derived: two forums that met in the period and the Jaccard index of their topic sets. */
public record ForumSimilarity(String forumA, String forumB, double jaccard, List<String> sharedTopics) {

    public ForumSimilarity {
        sharedTopics = List.copyOf(sharedTopics);
    }
}
