package org.briefingengine.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingengine.ingest.JsonDocument;

/**
 * A declarative mapping from CSV tables to facts, read from a JSON file (see {@code rules/imports/README.md}). One
 * table gives the meetings; further tables add topics or actors in roles to those meetings by id.
 */
record ImportMapping(JsonDocument document, List<JsonNode> forums, ActorSpec actors, Map<String, ValueMap> maps,
                     MeetingTable meetings, List<TopicTable> topicTables, List<RoleTable> roleTables,
                     List<ActorTable> actorTables) {

    /** The meetings table: one row, one meeting. */
    record MeetingTable(String file, String pointer, ValueSpec id, ValueSpec forum, ValueSpec title, DateSpec start,
                        DateSpec end, ValueSpec place, ValueSpec mode, ValueSpec topics, List<RoleColumn> roles,
                        SourceSpec source) {
    }

    /** Actors in one role, read from a (usually multi-valued) column of the meetings table. */
    record RoleColumn(ValueSpec role, ValueSpec actors) {
    }

    /**
     * A table adding topics to meetings: one row, one topic of one meeting, with an optional weight (sections,
     * agenda items); rows naming the same topic of a meeting add their weights up.
     */
    record TopicTable(String file, String pointer, ValueSpec meeting, ValueSpec topic, ValueSpec weight) {
    }

    /** A table adding actors in roles to meetings: one row, one actor in one role at one meeting. */
    record RoleTable(String file, String pointer, ValueSpec meeting, ValueSpec actor, ValueSpec role) {
    }

    /**
     * A table making actors from its columns: one row, one actor (its id, and optionally its English name, type and
     * region). A later row with an id already made adds nothing, so a votes table naming each country on every row
     * may serve.
     */
    record ActorTable(String file, String pointer, ValueSpec id, ValueSpec name, ValueSpec type, ValueSpec region) {
    }

    /** Where each meeting's facts come from, cited in its sources. */
    record SourceSpec(ValueSpec document, ValueSpec url, String language, ValueSpec pointer, ValueSpec quote) {
    }

    /** The actors to write for the ids the import used: their type, and the value map whose keys name them. */
    record ActorSpec(String type, String namesFrom) {
    }

    /**
     * A value map: inline values, or a two-column CSV table shipped beside the mapping ({@code origin} names it in
     * reports). The first key for an id is its name, when actors are named from the map.
     */
    record ValueMap(String name, Map<String, String> values, String origin) {

        Optional<String> lookup(String key) {
            return Optional.ofNullable(values.get(key.strip()));
        }

        /** The first key mapping to {@code id}. */
        Optional<String> nameOf(String id) {
            return values.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst();
        }
    }

    Path mappingFile() {
        return document.displayPath();
    }
}
