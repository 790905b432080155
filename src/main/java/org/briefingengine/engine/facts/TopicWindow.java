package org.briefingengine.engine.facts;

import java.util.Map;
import java.util.Set;

/**
 * One per topic of the taxonomy and window ({@code lag} 0 the period, 1 the one before, and so on back): the meetings
 * that raised the topic there (family-aware, see {@link MeetingFact#raises}), their forums, and their total weight.
 * There is one for every window the topic was raised in, and one for each window trends compare (the period, the one
 * before, the same quarter a year before) even when it was not raised there: then it is empty. Built once by the
 * engine, so trend, overlap and first-time rules read one fact per topic and window instead of each holding every
 * mention in the rule engine's memory. {@code forumOf} gives each of those meetings' forum.
 */
public record TopicWindow(String topic, int lag, Set<String> meetings, Set<String> forums, double weight,
                          Map<String, String> forumOf) {

    public TopicWindow {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
        forumOf = Map.copyOf(forumOf);
    }

    /** The window's meetings grouped by forum: {@code forumOf} maps each meeting to its forum. */
    public TopicWindow(String topic, int lag, Map<String, String> forumOf, double weight) {
        // map keys are distinct: the immutable set is made in one step, with no hash set copied on the way
        this(topic, lag, Set.of(forumOf.keySet().toArray(String[]::new)), Set.copyOf(forumOf.values()), weight,
                forumOf);
    }

    /** How many of the window's meetings were meetings of {@code forum}. */
    public int meetingsIn(String forum) {
        return (int) forumOf.values().stream().filter(forum::equals).count();
    }
}
