package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** fixtures/schema/facts.schema.json says what the binder accepts, field for field and value for value. */
class FactSchemaTest {

    private static final Path FIXTURES = Path.of("fixtures");
    private static final Path SCHEMA = FIXTURES.resolve("schema/facts.schema.json");

    private static JsonNode defs() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
    }

    static Stream<Object[]> records() {
        return Stream.of(new Object[] {"forum", FactFileBinder.FORUM_FIELDS},
                new Object[] {"actor", FactFileBinder.ACTOR_FIELDS},
                new Object[] {"person", FactFileBinder.PERSON_FIELDS},
                new Object[] {"meeting", FactFileBinder.MEETING_FIELDS},
                new Object[] {"sourceDocument", SourceRegisterBinder.FIELDS});
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordsProperties_areExactlyTheFieldsTheBinderReads(String record, Set<String> binderFields)
            throws IOException {
        Set<String> schemaFields = new TreeSet<>();
        defs().get(record).get("properties").fieldNames().forEachRemaining(schemaFields::add);

        assertThat(schemaFields).as(record).isEqualTo(new TreeSet<>(binderFields));
    }

    @Test
    void theEnumerations_areTheModelsValues() throws IOException {
        JsonNode defs = defs();
        assertThat(values(defs.at("/forum/properties/kind/enum"))).isEqualTo(names(ForumKind.values()));
        assertThat(values(defs.at("/actor/properties/type/enum"))).isEqualTo(names(ActorType.values()));
        assertThat(values(defs.at("/meeting/properties/mode/enum"))).isEqualTo(names(MeetingMode.values()));
        assertThat(values(defs.at("/meeting/properties/level/enum"))).isEqualTo(names(MeetingLevel.values()));
    }

    @Test
    void everyFactFile_namesTheSchema_byAPathThatResolves() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode schema = new ObjectMapper().readTree(file.toFile()).get("$schema");
            assertThat(schema).as(file + " names its schema").isNotNull();
            assertThat(file.getParent().resolve(schema.asText()).normalize()).as(file.toString())
                    .isEqualTo(SCHEMA.normalize());
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Fields::jsonName).toList();
    }
}
