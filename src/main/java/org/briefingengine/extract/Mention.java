package org.briefingengine.extract;

/**
 * A register name, a place or a topic found in the text: tokens {@code from} (inclusive) to {@code to}
 * (exclusive), characters {@code start} to {@code end}, in sentence {@code sentence}. {@code occasion} marks a
 * mention inside "on the sidelines of …": the occasion of a meeting, not its forum or a participant.
 */
public record Mention(Kind kind, String id, int from, int to, int start, int end, int sentence, boolean occasion) {

    /** What a mention names. */
    public enum Kind { ACTOR, PERSON, FORUM, PLACE, TOPIC }
}
