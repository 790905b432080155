package org.briefingengine.engine.facts;

/**
 * Two consecutive meetings of one forum whose sources give a participant count, the later one at {@code lag}.
 * {@code ratio} is the later count over the earlier one.
 */
public record ParticipationStep(String forum, String fromMeeting, String fromStart, int fromCount, String toMeeting,
                                String toStart, int toCount, int lag, double ratio) {
}
