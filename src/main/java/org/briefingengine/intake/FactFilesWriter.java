package org.briefingengine.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefingengine.model.Source;

/**
 * Writes imported facts in the layout of {@code fixtures/}: {@code forums.json}, {@code actors.json} and
 * {@code meetings/<forum>-<year>.json}, each meeting sorted by date then id, so the same input always gives the same
 * bytes and a re-import diffs cleanly.
 */
public final class FactFilesWriter {

    private final Path out;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How much was written, and where. */
    public record Written(Path folder, int forums, int actors, int meetings, int files) {
    }

    public FactFilesWriter(Path out) {
        this.out = out;
    }

    Written write(ImportMapping mapping, Collection<MeetingDraft> drafts, Collection<ActorDraft> madeActors) {
        Map<String, List<MeetingDraft>> byFile = new TreeMap<>();
        drafts.stream().sorted(Comparator.comparing((MeetingDraft d) -> d.start).thenComparing(d -> d.id))
                .forEach(d -> byFile.computeIfAbsent("meetings/" + d.forum + "-" + d.start.year() + ".json",
                        f -> new java.util.ArrayList<>()).add(d));
        try {
            Files.createDirectories(out.resolve("meetings"));
            ArrayNode forums = json.createArrayNode();
            mapping.forums().forEach(forums::add);
            writeFile("forums.json", "forums", forums);
            int actors = writeActors(mapping, drafts, madeActors);
            for (var file : byFile.entrySet()) {
                ArrayNode meetings = json.createArrayNode();
                file.getValue().forEach(d -> meetings.add(meeting(d)));
                writeFile(file.getKey(), "meetings", meetings);
            }
            return new Written(out, forums.size(), actors, drafts.size(), byFile.size() + 2);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * The actors the actor tables made, then, when the mapping has an {@code actors} entry, one for every other id a
     * meeting names; by id.
     */
    private int writeActors(ImportMapping mapping, Collection<MeetingDraft> drafts, Collection<ActorDraft> made)
            throws IOException {
        Map<String, ActorDraft> actors = new TreeMap<>();
        made.forEach(a -> actors.put(a.id(), a));
        if (mapping.actors() != null) {
            Set<String> used = new TreeSet<>();
            drafts.forEach(d -> d.roles.values().forEach(used::addAll));
            var names = mapping.actors().namesFrom() == null ? null : mapping.maps().get(mapping.actors().namesFrom());
            for (String id : used) {
                actors.computeIfAbsent(id, i -> new ActorDraft(i, names == null ? i : names.nameOf(i).orElse(i),
                        mapping.actors().type(), null));
            }
        }
        ArrayNode array = json.createArrayNode();
        for (ActorDraft a : actors.values()) {
            ObjectNode actor = array.addObject().put("id", a.id()).put("type", a.type());
            if (a.region() != null) {
                actor.put("region", a.region());
            }
            actor.putObject("names").put("en", a.name());
        }
        writeFile("actors.json", "actors", array);
        return array.size();
    }

    private ObjectNode meeting(MeetingDraft d) {
        ObjectNode m = json.createObjectNode();
        m.put("id", d.id).put("forum", d.forum).put("title", d.title).put("start", d.start.toString());
        if (d.end != null) {
            m.put("end", d.end.toString());
        }
        if (d.place != null) {
            m.put("place", d.place);
        }
        m.put("mode", d.mode);
        ArrayNode topics = m.putArray("topics");
        d.topics.stream().sorted().forEach(topics::add);
        if (!d.weights.isEmpty()) {
            ObjectNode weights = m.putObject("topicWeights");
            d.weights.forEach(weights::put);
        }
        ObjectNode roles = m.putObject("roles");
        d.sortedRoles().forEach((role, actors) -> actors.forEach(roles.withArray(role)::add));
        ObjectNode source = m.putArray("sources").addObject();
        Source s = d.source;
        source.put("document", s.document()).put("url", s.url()).put("language", s.language().name()
                .toLowerCase(java.util.Locale.ROOT)).put("pointer", s.pointer()).put("quote", s.quote());
        return m;
    }

    private void writeFile(String name, String section, JsonNode items) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.set(section, items);
        Path file = out.resolve(name);
        Files.writeString(file, json.writeValueAsString(root) + "\n");
    }
}
