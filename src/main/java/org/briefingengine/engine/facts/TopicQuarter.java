package org.briefingengine.engine.facts;

import java.util.Set;

/**
 * One per topic and quarter in which meetings of the record, up to the end of the period, raised it (family-aware):
 * those meetings and their forums. Built once by the engine; derive/counts.drl counts it for the heat map.
 */
public record TopicQuarter(String topic, String quarter, String year, Set<String> meetings, Set<String> forums) {

    public TopicQuarter {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
    }
}
