package org.briefingengine.engine.facts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Derived, once per topic and compared window ({@code lag} 0 the period, 1 the one before, the same quarter a year
 * before): the meetings that raised the topic there (family-aware), their forums, and their total weight. The trend,
 * overlap and first-time rules read this one fact instead of each accumulating every mention again, so each mention of
 * the window is held once in the engine's memory for all of them. Empty when the topic was not raised there.
 * {@code forumOf} gives each of those meetings' forum.
 */
public record TopicWindow(String topic, int lag, Set<String> meetings, Set<String> forums, double weight,
                          Map<String, String> forumOf) {

    public TopicWindow {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
        forumOf = Map.copyOf(forumOf);
    }

    /** Groups the mentions a derive rule collected for the topic in the window. */
    public static TopicWindow of(String topic, int lag, Collection<?> mentions) {
        Map<String, String> forumOf = new HashMap<>();
        double weight = 0;
        for (Object each : mentions) {
            TopicMention mention = (TopicMention) each;
            forumOf.put(mention.meeting(), mention.forum());
            weight += mention.weight();
        }
        return new TopicWindow(topic, lag, forumOf.keySet(), new HashSet<>(forumOf.values()), weight, forumOf);
    }
}
