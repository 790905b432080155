package org.briefingengine.engine.facts;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One per two actors (in id order) who led meetings together up to the end of the period, and how: {@code kind}
 * "co-chairs" when both co-chaired ({@link MeetingFact#coChairPairs}), "leads" when each co-chaired or hosted
 * ({@link MeetingFact#leadPairs}). Their meetings, each mapped to its forum, by where they fall: in the period, wholly
 * before it, or dated too coarsely to tell ({@code straddling}). Built once by the engine, so the pair rules read one
 * fact per pair instead of holding a fact per pair and meeting. An organisation and its own part are gathered as a
 * pair too: whether they count as one is for the rules to say.
 */
public record ActorPair(String kind, String first, String second, Map<String, String> inPeriod,
                        Map<String, String> earlier, Map<String, String> straddling) {

    public ActorPair {
        inPeriod = Map.copyOf(inPeriod);
        earlier = Map.copyOf(earlier);
        straddling = Map.copyOf(straddling);
    }

    /** The meetings in the period and wholly before it: all but those dated too coarsely to place. */
    public Set<String> placedMeetings() {
        return keys(inPeriod, earlier);
    }

    /** The forums of {@link #placedMeetings}. */
    public Set<String> placedForums() {
        return values(inPeriod, earlier);
    }

    /** Every meeting up to the end of the period, those dated too coarsely to place included. */
    public Set<String> meetings() {
        return keys(inPeriod, earlier, straddling);
    }

    /** The forums of {@link #meetings}. */
    public Set<String> forums() {
        return values(inPeriod, earlier, straddling);
    }

    @SafeVarargs
    private static Set<String> keys(Map<String, String>... parts) {
        Set<String> all = new TreeSet<>();
        for (Map<String, String> part : parts) {
            all.addAll(part.keySet());
        }
        return all;
    }

    @SafeVarargs
    private static Set<String> values(Map<String, String>... parts) {
        Set<String> all = new TreeSet<>();
        for (Map<String, String> part : parts) {
            all.addAll(part.values());
        }
        return all;
    }
}
