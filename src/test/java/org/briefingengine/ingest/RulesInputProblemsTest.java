package org.briefingengine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.ingest.IngestFixtures.file;
import static org.briefingengine.ingest.IngestFixtures.lines;
import static org.briefingengine.ingest.IngestFixtures.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs that live beside the rules: the topic taxonomy and the parameters file. */
class RulesInputProblemsTest {

    @TempDir
    Path temp;

    @Test
    void topicWithUnknownParent_orWithoutAnEnglishLabel_isReportedInTheTaxonomyFile() {
        String topics = file("unknown_topic_parent", "rules/taxonomy/topics.json");

        LoadedInputs loaded = load("unknown_topic_parent");

        assertThat(lines(loaded)).containsExactly(
                topics + ":4:84: /topics/1/parent: unknown topic 'climat' (did you mean 'climate'?)",
                topics + ":5:32: /topics/2/labels: an English ('en') entry is required");
    }

    @Test
    void parameterOfTheWrongShape_isReportedPerParameter() {
        String parameters = file("bad_parameters", "rules/parameters.json");

        LoadedInputs loaded = load("bad_parameters");

        assertThat(lines(loaded)).containsExactly(
                parameters + ":3:36: /parameters/overlap.minForums/value: 'value' must be a number or a string",
                parameters + ":4:27: /parameters/overlap.highForums: must be an object "
                        + "{\"value\": …, \"description\": \"…\"}",
                parameters + ":5:54: /parameters/rising.minMeetings/descripton: unknown field 'descripton' "
                        + "(did you mean 'description'?); allowed: description, value");
        assertThat(loaded.parametersByName()).containsOnlyKeys("rising.minMeetings");
    }

    @Test
    void missingParametersFile_andTaxonomyFolder_areEachReported() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));

        LoadedInputs loaded = new FactLoader().load(IngestFixtures.ROOT.resolve("valid_minimal/facts"), rules);

        assertThat(lines(loaded)).contains(
                rules.resolve("taxonomy") + ": taxonomy folder not found: check the path or create it",
                rules.resolve("parameters.json") + ": parameters file is missing: restore rules/parameters.json");
    }

    @Test
    void parametersFileOfTheWrongShape_isOneProblem() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/taxonomy")).getParent();
        Files.copy(IngestFixtures.MINIMAL_RULES.resolve("taxonomy/topics.json"), rules.resolve("taxonomy/topics.json"));
        Files.writeString(rules.resolve("parameters.json"), "{\"overlap.minForums\": 2}\n");

        LoadedInputs loaded = new FactLoader().load(IngestFixtures.ROOT.resolve("valid_minimal/facts"), rules);

        assertThat(lines(loaded)).containsExactly(rules.resolve("parameters.json") + ":1:1: the file must be "
                + "{\"parameters\": {\"name\": {\"value\": …, \"description\": \"…\"}}}");
    }
}
