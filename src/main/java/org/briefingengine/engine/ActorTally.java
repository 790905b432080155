package org.briefingengine.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefingengine.engine.facts.ActorBefore;
import org.briefingengine.engine.facts.ActorWindow;
import org.briefingengine.engine.facts.Attendance;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.model.FactSet;

/**
 * Gathers, meeting by meeting, who took part where: per actor and compared window, the meetings and forums of its
 * {@link ActorWindow}; per actor, the earlier meetings of its {@link ActorBefore}. Only roles the roles register
 * counts as presence are taken.
 */
final class ActorTally {

    private final List<Integer> lags;
    private final FactSet facts;
    private final Map<Integer, Map<String, Sets>> windows = new HashMap<>();
    private final Map<String, Integer> before = new HashMap<>();

    ActorTally(FactSet facts, List<Integer> lags) {
        this.lags = lags;
        this.facts = facts;
    }

    void add(MeetingFact meeting) {
        boolean wasBefore = meeting.earlier() || meeting.lag() == -1;
        boolean compared = lags.contains(meeting.lag());
        if (!wasBefore && !compared) {
            return;
        }
        Set<String> present = new HashSet<>();
        Set<String> own = new HashSet<>();
        Attendance attendance = meeting.attendance();
        for (String role : attendance.roles()) {
            if (facts.isPresence(role)) {
                own.addAll(attendance.listed(role));
                present.addAll(attendance.listed(role));
                present.addAll(attendance.countedIn(role));
            }
        }
        if (wasBefore) {
            present.forEach(actor -> before.merge(actor, 1, Integer::sum));
        }
        if (compared) {
            Map<String, Sets> window = windows.computeIfAbsent(meeting.lag(), lag -> new TreeMap<>());
            present.forEach(actor -> window.computeIfAbsent(actor, a -> new Sets()).add(meeting, own.contains(actor)));
        }
    }

    /** One {@link ActorWindow} per actor and window it took part in, windows in lag order, actors in id order. */
    List<ActorWindow> windows() {
        List<ActorWindow> out = new ArrayList<>();
        for (int lag : lags) {
            windows.getOrDefault(lag, Map.of()).forEach((actor, sets) -> out.add(new ActorWindow(actor, lag,
                    sets.meetings, sets.forums, sets.ownMeetings, sets.ownForums)));
        }
        return out;
    }

    /** One {@link ActorBefore} per actor seen before the period, in id order. */
    List<ActorBefore> before() {
        List<ActorBefore> out = new ArrayList<>();
        // counted in a hash map (a million merges at 100k meetings), sorted once here
        new TreeMap<>(before).forEach((actor, meetings) -> out.add(new ActorBefore(actor, meetings)));
        return out;
    }

    private static final class Sets {
        final Set<String> meetings = new HashSet<>();
        final Set<String> forums = new HashSet<>();
        final Set<String> ownMeetings = new HashSet<>();
        final Set<String> ownForums = new HashSet<>();

        void add(MeetingFact meeting, boolean own) {
            meetings.add(meeting.id());
            forums.add(meeting.forum());
            if (own) {
                ownMeetings.add(meeting.id());
                ownForums.add(meeting.forum());
            }
        }
    }
}
