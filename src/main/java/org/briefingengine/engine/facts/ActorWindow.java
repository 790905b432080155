package org.briefingengine.engine.facts;

import java.util.Set;

/**
 * One per actor and compared window ({@code lag} 0 the period, 1 the one before, the same quarter a year before) in
 * which it took part (in a role the roles register counts as presence): the {@code meetings} it took part in, itself
 * or counted for one of its parts or members (see {@link Attendance}), and their {@code forums}; and the meetings it
 * took part in itself ({@code ownMeetings}) and their forums ({@code ownForums}), empty when it was only counted.
 * Built once by the engine from each meeting's attendance, so the actor rules read one fact per actor instead of
 * holding every mention of every meeting in the rule engine's memory.
 */
public record ActorWindow(String actor, int lag, Set<String> meetings, Set<String> forums, Set<String> ownMeetings,
                          Set<String> ownForums) {

    public ActorWindow {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
        // most actors are only ever there themselves: their own sets are the same sets, held once
        ownMeetings = ownMeetings.equals(meetings) ? meetings : Set.copyOf(ownMeetings);
        ownForums = ownForums.equals(forums) ? forums : Set.copyOf(ownForums);
    }
}
