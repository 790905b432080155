package org.briefingengine.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingengine.ingest.DocumentReads;
import org.briefingengine.ingest.JsonDocument;
import org.briefingengine.ingest.JsonDocumentReader;
import org.briefingengine.ingest.Problems;
import org.briefingengine.intake.ImportMapping.ActorSpec;
import org.briefingengine.intake.ImportMapping.ActorTable;
import org.briefingengine.intake.ImportMapping.MeetingTable;
import org.briefingengine.intake.ImportMapping.RoleColumn;
import org.briefingengine.intake.ImportMapping.RoleTable;
import org.briefingengine.intake.ImportMapping.SourceSpec;
import org.briefingengine.intake.ImportMapping.TopicTable;
import org.briefingengine.intake.ImportMapping.ValueMap;

/** Reads a mapping file; every mistake is recorded at its line and column, and reading goes on. */
final class MappingReader {

    private static final Set<String> TOP = Set.of("$schema", "description", "forums", "actors", "valueMaps",
            "meetings", "topicTables", "roleTables", "actorTables");

    private final Problems problems;
    private JsonDocument doc;
    private DocumentReads reads;

    MappingReader(Problems problems) {
        this.problems = problems;
    }

    Optional<ImportMapping> read(Path file) {
        Optional<JsonDocument> read = new JsonDocumentReader().read(file, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        doc = read.get();
        reads = new DocumentReads(doc, problems);
        JsonNode root = doc.root();
        if (!root.isObject() || !root.has("meetings")) {
            reads.error("", "a mapping is an object with at least \"meetings\": {\"file\": …, \"id\": …}");
            return Optional.empty();
        }
        unknown(root, "", TOP);
        List<JsonNode> forums = new ArrayList<>();
        root.path("forums").forEach(forums::add);
        JsonNode actors = root.path("actors");
        ActorSpec actorSpec = actors.isObject() ? new ActorSpec(actors.path("type").asText("state"),
                actors.path("namesFrom").asText(null)) : null;
        Map<String, ValueMap> maps = valueMaps(root.path("valueMaps"), file.toAbsolutePath().getParent());
        MeetingTable meetings = meetings(root.get("meetings"), "/meetings");
        List<TopicTable> topics = new ArrayList<>();
        forEach(root, "", "topicTables", (node, at) -> topics.add(new TopicTable(text(node, at, "file"), at,
                value(node, at, "meeting", true), value(node, at, "topic", true), value(node, at, "weight", false))));
        List<RoleTable> roles = new ArrayList<>();
        forEach(root, "", "roleTables", (node, at) -> roles.add(new RoleTable(text(node, at, "file"), at,
                value(node, at, "meeting", true), value(node, at, "actor", true), value(node, at, "role", true))));
        List<ActorTable> actorTables = new ArrayList<>();
        forEach(root, "", "actorTables", (node, at) -> {
            unknown(node, at, Set.of("file", "id", "name", "type", "region"));
            actorTables.add(new ActorTable(text(node, at, "file"), at, value(node, at, "id", true),
                    value(node, at, "name", false), value(node, at, "type", false), value(node, at, "region", false)));
        });
        checkMapNames(maps, meetings, topics, roles, actorTables);
        return Optional.of(new ImportMapping(doc, forums, actorSpec, maps, meetings, topics, roles, actorTables));
    }

    private MeetingTable meetings(JsonNode node, String at) {
        unknown(node, at, Set.of("file", "id", "forum", "title", "start", "end", "place", "mode", "topics", "roles",
                "source"));
        List<RoleColumn> roles = new ArrayList<>();
        forEach(node, at, "roles", (role, p) -> roles.add(new RoleColumn(value(role, p, "role", true),
                value(role, p, "actors", true))));
        return new MeetingTable(text(node, at, "file"), at, value(node, at, "id", true), value(node, at, "forum", true),
                value(node, at, "title", true), date(node, at, "start", true), date(node, at, "end", false),
                value(node, at, "place", false), value(node, at, "mode", false), value(node, at, "topics", false),
                roles, source(node.get("source"), at + "/source"));
    }

    private SourceSpec source(JsonNode node, String at) {
        if (node == null) {
            reads.error(at.substring(0, at.lastIndexOf('/')), "missing \"source\": every meeting needs one, e.g. "
                    + "{\"document\": \"votes.csv\", \"pointer\": \"row {id}\", \"language\": \"en\"}");
            return null;
        }
        return new SourceSpec(value(node, at, "document", false), value(node, at, "url", false),
                node.path("language").asText("en"), value(node, at, "pointer", false), value(node, at, "quote", false));
    }

    private ValueSpec value(JsonNode parent, String at, String field, boolean required) {
        JsonNode node = parent.get(field);
        String pointer = DocumentReads.child(at, field);
        if (node == null || node.isNull()) {
            if (required) {
                reads.error(at, "missing \"" + field + "\": give a column {\"column\": \"…\"} or a template \"…{column}…\"");
            }
            return null;
        }
        if (node.isTextual()) {
            return ValueSpec.template(node.textValue(), pointer);
        }
        if (!node.isObject() || !node.path("column").isTextual()) {
            reads.error(pointer, "must be a template string or {\"column\": \"…\", \"separator\": \"…\", \"map\": \"…\"}");
            return null;
        }
        unknown(node, pointer, Set.of("column", "separator", "map"));
        return ValueSpec.column(node.get("column").textValue(), node.path("separator").asText(null),
                node.path("map").asText(null), pointer + "/column");
    }

    private DateSpec date(JsonNode parent, String at, String field, boolean required) {
        JsonNode node = parent.get(field);
        String pointer = DocumentReads.child(at, field);
        if (node == null) {
            if (required) {
                reads.error(at, "missing \"" + field + "\": {\"column\": \"…\", \"format\": \"iso\"}");
            }
            return null;
        }
        unknown(node, pointer, Set.of("column", "format", "zone"));
        String format = node.path("format").asText("iso");
        if (!DateSpec.FORMATS.contains(format)) {
            reads.error(pointer + "/format", "unknown date format '" + format + "'"
                    + org.briefingengine.model.Suggestions.didYouMean(format, DateSpec.FORMATS) + "; use one of "
                    + String.join(", ", DateSpec.FORMATS));
        }
        ZoneId zone = ZoneId.of("UTC");
        try {
            zone = ZoneId.of(node.path("zone").asText("UTC"));
        } catch (DateTimeException e) {
            reads.error(pointer + "/zone", "unknown time zone '" + node.path("zone").asText() + "': use e.g. UTC or Europe/Paris");
        }
        if (!node.path("column").isTextual()) {
            reads.error(pointer, "missing \"column\"");
            return null;
        }
        return new DateSpec(node.get("column").textValue(), format, zone, pointer + "/column");
    }

    private Map<String, ValueMap> valueMaps(JsonNode node, Path mappingDir) {
        Map<String, ValueMap> maps = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String at = DocumentReads.child("/valueMaps", entry.getKey());
            JsonNode spec = entry.getValue();
            unknown(spec, at, Set.of("values", "table", "description"));
            Map<String, String> values = new LinkedHashMap<>();
            String origin = "mapping";
            if (spec.path("table").isTextual()) {
                origin = spec.get("table").textValue();
                readTable(mappingDir.resolve(origin), at + "/table", values);
            }
            spec.path("values").fields().forEachRemaining(v -> values.put(v.getKey(), v.getValue().asText()));
            maps.put(entry.getKey(), new ValueMap(entry.getKey(), values, origin));
        });
        return maps;
    }

    /** A two-column table, {@code name,id}, with a header row; the file is small, so read whole. */
    private void readTable(Path table, String pointer, Map<String, String> into) {
        try (CsvReader csv = CsvReader.open(table)) {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() >= 2) {
                    into.putIfAbsent(row.get(0).strip(), row.get(1).strip());
                }
            }
        } catch (IOException e) {
            reads.error(pointer, "cannot read value table " + table + ": " + e.getMessage());
        }
    }

    private void checkMapNames(Map<String, ValueMap> maps, MeetingTable meetings, List<TopicTable> topics,
                               List<RoleTable> roles, List<ActorTable> actorTables) {
        List<ValueSpec> specs = new ArrayList<>();
        if (meetings != null) {
            specs.add(meetings.topics());
            specs.add(meetings.mode());
            meetings.roles().forEach(r -> {
                specs.add(r.role());
                specs.add(r.actors());
            });
        }
        topics.forEach(t -> {
            specs.add(t.topic());
            specs.add(t.weight());
        });
        roles.forEach(r -> {
            specs.add(r.actor());
            specs.add(r.role());
        });
        actorTables.forEach(a -> specs.addAll(java.util.Arrays.asList(a.id(), a.name(), a.type(), a.region())));
        specs.stream().filter(s -> s != null && s.map() != null && !maps.containsKey(s.map())).forEach(s ->
                reads.error(s.pointer().replaceAll("/column$", "/map"), "unknown value map '" + s.map() + "'"
                        + org.briefingengine.model.Suggestions.didYouMean(s.map(), maps.keySet())
                        + ": define it under \"valueMaps\""));
    }

    private String text(JsonNode node, String at, String field) {
        if (!node.path(field).isTextual()) {
            reads.error(at, "missing \"" + field + "\" (the CSV file name, relative to the data folder)");
            return null;
        }
        return node.get(field).textValue();
    }

    private void forEach(JsonNode parent, String at, String field,
                         java.util.function.BiConsumer<JsonNode, String> each) {
        JsonNode array = parent.path(field);
        for (int i = 0; i < array.size(); i++) {
            each.accept(array.get(i), at + "/" + field + "/" + i);
        }
    }

    private void unknown(JsonNode node, String at, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                reads.error(DocumentReads.child(at, name), "unknown field '" + name + "'"
                        + org.briefingengine.model.Suggestions.didYouMean(name, allowed) + "; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }
}
