package org.briefingengine.engine.facts;

import java.util.HashSet;
import java.util.Set;

/** Derived: two topics (in id order) raised together in the report period, the meetings that raised both and their forums. */
public record TopicPair(String first, String second, Set<String> meetings, Set<String> forums) {

    public TopicPair {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
    }

    /** The meetings both windows hold (the period's, as {@code topic-pair} passes them) and the forums of those. */
    public static TopicPair of(TopicWindow first, TopicWindow second) {
        Set<String> together = new HashSet<>(first.meetings());
        together.retainAll(second.meetings());
        Set<String> forums = new HashSet<>();
        together.forEach(meeting -> forums.add(first.forumOf().get(meeting)));
        return new TopicPair(first.topic(), second.topic(), together, forums);
    }
}
