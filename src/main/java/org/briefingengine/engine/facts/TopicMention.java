package org.briefingengine.engine.facts;

/**
 * A topic raised at a meeting. {@code direct} is false for a family mention derived from a child topic.
 * {@code quarter} and {@code year} are the buckets the meeting falls in ("" when its date is coarser).
 */
public record TopicMention(String meeting, String forum, String topic, int lag, boolean earlier, boolean direct,
                           String quarter, String year) {

    /** The same mention counted for a family topic. */
    public TopicMention forFamily(String family) {
        return new TopicMention(meeting, forum, family, lag, earlier, false, quarter, year);
    }
}
