package org.briefingengine.engine.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Derived, once per topic and quarter in which meetings raised it (family-aware): those meetings and their forums.
 * The count per year is the union of its quarters (and of the meetings dated only to the year), so the engine holds
 * each topic mention once for the two counts, not once per count.
 */
public record TopicQuarter(String topic, String quarter, String year, Set<String> meetings, Set<String> forums) {

    public TopicQuarter {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
    }

    /** All the ids in the given sets of ids, once each: the meetings (or forums) of a year from its quarters'. */
    public static Set<String> union(Collection<?> sets, Collection<?> more) {
        Set<String> all = new HashSet<>();
        sets.forEach(set -> ((Collection<?>) set).forEach(id -> all.add((String) id)));
        more.forEach(id -> all.add((String) id));
        return all;
    }
}
