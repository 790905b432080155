package org.briefingengine.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.engine.facts.ActorPair;
import org.briefingengine.engine.facts.MeetingFact;

/**
 * Gathers, meeting by meeting, the pairs of actors who led meetings together: per pair and kind ("co-chairs",
 * "leads") the meetings of its {@link ActorPair}, by where they fall against the period.
 */
final class PairTally {

    private final Map<Key, Meetings> pairs = new HashMap<>();

    void add(MeetingFact meeting) {
        meeting.coChairPairs().forEach(pair -> meetingsOf("co-chairs", pair.first(), pair.second()).add(meeting));
        meeting.leadPairs().forEach(pair -> meetingsOf("leads", pair.first(), pair.second()).add(meeting));
    }

    /** One {@link ActorPair} per kind and pair, by kind, then first, then second actor id. */
    List<ActorPair> pairs() {
        List<ActorPair> out = new ArrayList<>();
        pairs.keySet().stream().sorted(Key.ORDER).forEach(key -> {
            Meetings meetings = pairs.get(key);
            out.add(new ActorPair(key.kind(), key.first(), key.second(), meetings.inPeriod, meetings.earlier,
                    meetings.straddling));
        });
        return out;
    }

    private Meetings meetingsOf(String kind, String first, String second) {
        return pairs.computeIfAbsent(new Key(kind, first, second), key -> new Meetings());
    }

    private record Key(String kind, String first, String second) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::kind).thenComparing(Key::first)
                .thenComparing(Key::second);
    }

    private static final class Meetings {
        final Map<String, String> inPeriod = new HashMap<>();
        final Map<String, String> earlier = new HashMap<>();
        final Map<String, String> straddling = new HashMap<>();

        void add(MeetingFact meeting) {
            Map<String, String> part = meeting.lag() == 0 ? inPeriod : meeting.earlier() ? earlier : straddling;
            part.put(meeting.id(), meeting.forum());
        }
    }
}
