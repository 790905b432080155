package org.briefingengine.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.engine.facts.TopicBefore;
import org.briefingengine.engine.facts.TopicQuarter;
import org.briefingengine.engine.facts.TopicWindow;
import org.briefingengine.engine.facts.TopicYear;
import org.briefingengine.model.Topic;

/**
 * Gathers, meeting by meeting, where each topic of the taxonomy was raised (family-aware): per window its
 * {@link TopicWindow}, per quarter and year its {@link TopicQuarter} and {@link TopicYear}, and the earlier meetings
 * of its {@link TopicBefore}.
 */
final class TopicTally {

    private final List<String> topics;
    private final List<Integer> comparedLags;
    private final Map<String, Map<Integer, Window>> windows = new HashMap<>();
    private final Map<String, Map<String, Bucket>> quarters = new HashMap<>();
    private final Map<String, Map<String, Bucket>> years = new HashMap<>();
    private final Map<String, Integer> before = new HashMap<>();

    TopicTally(List<Topic> taxonomy, List<Integer> comparedLags) {
        this.topics = taxonomy.stream().map(Topic::id).sorted().toList();
        this.comparedLags = comparedLags;
        topics.forEach(topic -> {
            windows.put(topic, new TreeMap<>());
            quarters.put(topic, new TreeMap<>());
            years.put(topic, new TreeMap<>());
        });
    }

    void add(MeetingFact meeting) {
        meeting.raised().forEach((topic, weight) -> {
            if (!windows.containsKey(topic)) {
                return;
            }
            if (meeting.lag() >= 0) {
                windows.get(topic).computeIfAbsent(meeting.lag(), lag -> new Window()).add(meeting, weight);
            }
            if (!meeting.quarter().isEmpty()) {
                quarters.get(topic).computeIfAbsent(meeting.quarter(), q -> new Bucket(meeting.year())).add(meeting);
            }
            years.get(topic).computeIfAbsent(meeting.year(), y -> new Bucket(y)).add(meeting);
            if (meeting.earlier() || meeting.lag() == -1) {
                before.merge(topic, 1, Integer::sum);
            }
        });
    }

    /** Per topic in id order: its windows by lag, the compared ones even when empty. */
    List<TopicWindow> windows() {
        List<TopicWindow> out = new ArrayList<>();
        for (String topic : topics) {
            Map<Integer, Window> byLag = windows.get(topic);
            comparedLags.forEach(lag -> byLag.computeIfAbsent(lag, l -> new Window()));
            byLag.forEach((lag, window) -> out.add(new TopicWindow(topic, lag, window.forumOf, window.weight)));
        }
        return out;
    }

    /** Per topic in id order, its quarters and then its years in order. */
    List<Object> buckets() {
        List<Object> out = new ArrayList<>();
        for (String topic : topics) {
            quarters.get(topic).forEach((quarter, bucket) ->
                    out.add(new TopicQuarter(topic, quarter, bucket.year, bucket.meetings(), bucket.forums())));
            years.get(topic).forEach((year, bucket) ->
                    out.add(new TopicYear(topic, year, bucket.meetings(), bucket.forums())));
        }
        return out;
    }

    /** One {@link TopicBefore} per topic raised before the period, in id order. */
    List<TopicBefore> before() {
        return topics.stream().filter(before::containsKey).map(t -> new TopicBefore(t, before.get(t))).toList();
    }

    private static final class Window {
        final Map<String, String> forumOf = new LinkedHashMap<>();
        double weight;

        void add(MeetingFact meeting, double topicWeight) {
            forumOf.put(meeting.id(), meeting.forum());
            weight += topicWeight;
        }
    }

    /**
     * The meetings and forums that raised a topic in one quarter or year. A meeting raises each topic once, so its
     * meetings come distinct and are kept in a list; the fact's immutable sets are made from it in one step.
     */
    private static final class Bucket {
        final String year;
        final List<String> meetings = new ArrayList<>();
        final Set<String> forums = new HashSet<>();

        Bucket(String year) {
            this.year = year;
        }

        void add(MeetingFact meeting) {
            meetings.add(meeting.id());
            forums.add(meeting.forum());
        }

        Set<String> meetings() {
            return Set.of(meetings.toArray(String[]::new));
        }

        Set<String> forums() {
            return Set.of(forums.toArray(String[]::new));
        }
    }
}
