package org.briefingengine.engine.facts;

import java.util.Set;

/**
 * One per topic and year in which meetings of the record, up to the end of the period, raised it (family-aware),
 * those dated only to the year included: those meetings and their forums. Built once by the engine; derive/counts.drl
 * counts it for the heat map.
 */
public record TopicYear(String topic, String year, Set<String> meetings, Set<String> forums) {

    public TopicYear {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
    }
}
