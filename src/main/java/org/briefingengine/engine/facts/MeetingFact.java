package org.briefingengine.engine.facts;

import java.util.List;
import org.briefingengine.model.Meeting;

/**
 * A meeting placed against the report window. {@code lag} counts windows back (0 = the period itself, 1 = the one
 * before, …) and is -1 when the date is too coarse to place in one window. {@code earlier} is true for anything
 * wholly before the period; {@code straddling} for a coarse date that may or may not fall in the period.
 * {@code topics} are the topics it is tagged with (not their families). {@code quarter} is the quarter it falls in
 * ("" when it is dated only to a year), as on its topic mentions.
 * {@code edition} is its number in the forum's series (0 when unnumbered), {@code participants} the participant count
 * the source gives (0 when it gives none), and {@code weight} the sum of its topic weights (1 when unweighted).
 */
public record MeetingFact(String id, String forum, int lag, boolean earlier, boolean straddling, String precision,
                          int topicCount, List<String> topics, int sourceCount, boolean endBeforeStart, String start,
                          Meeting meeting, String year, String quarter, String mode, String level, int edition,
                          int participants, double weight) {

    /** True when the meeting itself lists the actor in the role (participant, co-chair, host or a register role). */
    public boolean lists(String actor, String role) {
        return meeting.listed(role).contains(actor);
    }
}
