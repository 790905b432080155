package org.briefingengine.engine.facts;

import org.briefingengine.model.Meeting;

/**
 * A meeting placed against the report window. {@code lag} counts windows back (0 = the period itself, 1 = the one
 * before, …) and is -1 when the date is too coarse to place in one window. {@code earlier} is true for anything
 * wholly before the period; {@code straddling} for a coarse date that may or may not fall in the period.
 */
public record MeetingFact(String id, String forum, int lag, boolean earlier, boolean straddling, String precision,
                          int topicCount, int sourceCount, boolean endBeforeStart, String start, Meeting meeting) {
}
