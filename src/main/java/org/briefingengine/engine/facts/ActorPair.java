package org.briefingengine.engine.facts;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
        return union(Map::keySet, inPeriod, earlier);
    }

    /** The forums of {@link #placedMeetings}. */
    public Set<String> placedForums() {
        return union(Map::values, inPeriod, earlier);
    }

    /** Every meeting up to the end of the period, those dated too coarsely to place included. */
    public Set<String> meetings() {
        return union(Map::keySet, inPeriod, earlier, straddling);
    }

    /** The forums of {@link #meetings}. */
    public Set<String> forums() {
        return union(Map::values, inPeriod, earlier, straddling);
    }

    /** The forums of their meetings in the period. */
    public Set<String> periodForums() {
        return union(Map::values, inPeriod);
    }

    /** The forums of their meetings before the period and of those dated too coarsely to place (which may be). */
    public Set<String> earlierForums() {
        return union(Map::values, earlier, straddling);
    }

    /** The forums where the two led a meeting together in the period and at none of {@link #earlierForums}. */
    public Set<String> forumsFirstInPeriod() {
        Set<String> first = periodForums();
        first.removeAll(earlierForums());
        return first;
    }

    /** The meeting ids ({@code Map::keySet}) or forum ids ({@code Map::values}) of the parts, sorted, each once. */
    @SafeVarargs
    private static Set<String> union(Function<Map<String, String>, Collection<String>> side,
                                     Map<String, String>... parts) {
        Set<String> all = new TreeSet<>();
        for (Map<String, String> part : parts) {
            all.addAll(side.apply(part));
        }
        return all;
    }
}
