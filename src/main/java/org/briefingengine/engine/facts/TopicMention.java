package org.briefingengine.engine.facts;

/**
 * A topic raised at a meeting. {@code direct} is false for a family mention derived from a child topic.
 * {@code quarter} and {@code year} are the buckets the meeting falls in ("" when its date is coarser).
 * {@code weight} is how much of the meeting the topic took when the data says (1 otherwise).
 */
public record TopicMention(String meeting, String forum, String topic, int lag, boolean earlier, boolean direct,
                           String quarter, String year, double weight) {
}
