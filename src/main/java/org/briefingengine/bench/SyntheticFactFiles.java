package org.briefingengine.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Names;
import org.briefingengine.model.Source;

/**
 * Writes a synthetic fact set as fact files in the layout of {@code fixtures/} and of {@code import}:
 * {@code forums.json}, {@code actors.json} and {@code meetings/<forum>-<year>.json}, so {@code run} and
 * {@code validate} can be measured on any number of meetings. The same fact set always gives the same bytes.
 * Each file is streamed as it is written; only the fact set itself is held.
 */
public final class SyntheticFactFiles {

    /** What was written: the folder, the meetings and the number of files. */
    public record Written(Path folder, int meetings, int files) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private SyntheticFactFiles() {
    }

    public static Written write(FactSet facts, Path folder) {
        Map<String, List<Meeting>> byFile = new TreeMap<>();
        facts.meetings().forEach(m -> byFile.computeIfAbsent("meetings/" + m.forum() + "-" + m.start().year() + ".json",
                f -> new java.util.ArrayList<>()).add(m));
        try {
            Files.createDirectories(folder.resolve("meetings"));
            writeFile(folder.resolve("forums.json"), "forums", facts.forums(), SyntheticFactFiles::forum);
            writeFile(folder.resolve("actors.json"), "actors", facts.actors(), SyntheticFactFiles::actor);
            for (var file : byFile.entrySet()) {
                writeFile(folder.resolve(file.getKey()), "meetings", file.getValue(), SyntheticFactFiles::meeting);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
        }
        return new Written(folder, facts.meetings().size(), byFile.size() + 2);
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(T item, JsonGenerator json) throws IOException;
    }

    private static <T> void writeFile(Path file, String section, List<T> items, ItemWriter<T> item) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeArrayFieldStart(section);
            for (T t : items) {
                item.write(t, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void forum(Forum f, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", f.id());
        names(f.names(), json);
        json.writeStringField("kind", jsonName(f.kind()));
        json.writeNumberField("cadenceYears", f.cadenceYears());
        json.writeEndObject();
    }

    private static void actor(Actor a, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("type", jsonName(a.type()));
        json.writeStringField("region", a.region());
        names(a.names(), json);
        json.writeEndObject();
    }

    private static void meeting(Meeting m, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", m.id());
        json.writeStringField("forum", m.forum());
        json.writeStringField("title", m.title());
        json.writeStringField("start", m.start().toString());
        if (m.end() != null) {
            json.writeStringField("end", m.end().toString());
        }
        json.writeStringField("place", m.place());
        json.writeStringField("mode", jsonName(m.mode()));
        if (m.level() != null) {
            json.writeStringField("level", jsonName(m.level()));
        }
        strings("coChairs", m.coChairs(), json);
        strings("hosts", m.hosts(), json);
        strings("participants", m.participants(), json);
        strings("topics", m.topics(), json);
        json.writeArrayFieldStart("sources");
        for (Source s : m.sources()) {
            json.writeStartObject();
            json.writeStringField("document", s.document());
            json.writeStringField("language", s.language().code());
            json.writeStringField("pointer", s.pointer());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void names(Names names, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("names");
        for (Map.Entry<Lang, String> name : new TreeMap<>(names.primary()).entrySet()) {
            json.writeStringField(name.getKey().code(), name.getValue());
        }
        json.writeEndObject();
    }

    private static void strings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** An enum as fact files spell it: {@code SENIOR_OFFICIALS} → {@code senior-officials}. */
    private static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
