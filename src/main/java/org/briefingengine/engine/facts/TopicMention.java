package org.briefingengine.engine.facts;

/**
 * A topic raised at a meeting. {@code direct} is false for a family mention derived from a child topic.
 * {@code quarter} and {@code year} are the buckets the meeting falls in ("" when its date is coarser).
 * {@code weight} is how much of the meeting the topic took when the data says (1 otherwise).
 */
public record TopicMention(String meeting, String forum, String topic, int lag, boolean earlier, boolean direct,
                           String quarter, String year, double weight) {

    /** The mention of {@code child} at the meeting, counted for its family topic (with the child's weight). */
    public static TopicMention forFamily(MeetingFact meeting, String child, String family) {
        return new TopicMention(meeting.id(), meeting.forum(), family, meeting.lag(), meeting.earlier(), false,
                meeting.quarter(), meeting.year(), meeting.meeting().weightOf(child));
    }
}
