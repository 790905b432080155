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
    void parameterOfTheWrongShapeTypeOrRange_isReportedPerParameter() {
        String parameters = file("bad_parameters", "rules/parameters.json");

        LoadedInputs loaded = load("bad_parameters");

        assertThat(lines(loaded)).containsExactly(
                parameters + ":3:36: /parameters/overlap.minForums/value: 'value' must be a number or a string",
                parameters + ":4:27: /parameters/overlap.highForums: must be an object {\"value\": …, \"type\": "
                        + "\"integer\", \"min\": …, \"max\": …, \"description\": \"…\"}",
                parameters + ":5:95: /parameters/rising.minMeetings/descripton: unknown field 'descripton' "
                        + "(did you mean 'description'?); allowed: description, max, min, type, value",
                parameters + ":6:33: /parameters/pair.minForums/value: pair.minForums must be a whole number from 1 "
                        + "to 100, not \"two\" (declared in 'type', 'min' and 'max')",
                parameters + ":7:36: /parameters/engine.maxFirings/value: engine.maxFirings is -1, outside its range: "
                        + "use a whole number from 1000 to 2000000000 (declared in 'type', 'min' and 'max')",
                parameters + ":8:54: /parameters/similarity.minJaccard/type: 'float' is not a parameter type; use "
                        + "one of integer, number, text",
                parameters + ":9:35: /parameters/bridge.minForums/value: bridge.minForums must be a whole number "
                        + "from 1 to 100, not 2.5 (declared in 'type', 'min' and 'max')",
                parameters + ":10:40: /parameters/report.classification/value: report.classification must be text "
                        + "(\"…\"), not the number 3 (declared in 'type', 'min' and 'max')",
                parameters + ":11:28: /parameters/cochair.minMeetings: missing required field 'type'");
        assertThat(loaded.parametersByName()).containsOnlyKeys("rising.minMeetings");
    }

    @Test
    void aDeclaredParameterNoRuleReads_isAWarning() {
        LoadedInputs loaded = new FactLoader(java.util.Set.of()).load(IngestFixtures.ROOT.resolve("valid_minimal/facts"),
                IngestFixtures.MINIMAL_RULES);

        assertThat(loaded.warnings()).singleElement().hasToString(IngestFixtures.MINIMAL_RULES.resolve("parameters.json")
                + ":3:26: warning: /parameters/overlap.minForums: parameter 'overlap.minForums' is declared but no rule "
                + "reads it (Parameter( name == \"overlap.minForums\" )): use it in a rule or remove it");
    }

    @Test
    void missingParametersFile_andTaxonomyFolder_areEachReported() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));

        LoadedInputs loaded = new FactLoader().load(IngestFixtures.ROOT.resolve("valid_minimal/facts"), rules);

        assertThat(lines(loaded)).contains(
                rules.resolve("taxonomy") + ": taxonomy folder not found: check the path or create it",
                rules.resolve("parameters.json") + ": parameters file is missing (looked in " + rules
                        + "): restore it, or point --rules at the folder that holds parameters.json");
    }

    @Test
    void parametersFileOfTheWrongShape_isOneProblem() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/taxonomy")).getParent();
        Files.copy(IngestFixtures.MINIMAL_RULES.resolve("taxonomy/topics.json"), rules.resolve("taxonomy/topics.json"));
        Files.writeString(rules.resolve("parameters.json"), "{\"overlap.minForums\": 2}\n");

        LoadedInputs loaded = new FactLoader().load(IngestFixtures.ROOT.resolve("valid_minimal/facts"), rules);

        assertThat(lines(loaded)).containsExactly(rules.resolve("parameters.json") + ":1:1: the file must be "
                + "{\"parameters\": {\"name\": {\"value\": …, \"type\": \"integer\", \"min\": …, \"max\": …, "
                + "\"description\": \"…\"}}}");
    }
}
