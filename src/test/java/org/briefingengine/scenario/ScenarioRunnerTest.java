package org.briefingengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.ingest.InputProblem;
import org.briefingengine.scenario.ScenarioOutcome.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's verdicts: pass, fail with what was missing or unexpected, or invalid with every problem placed. */
class ScenarioRunnerTest {

    private static final Path RESOURCES = Path.of("src/test/resources/scenarios");
    private static ScenarioRunner runner;

    @TempDir
    Path temp;

    @BeforeAll
    static void compileOnce() throws Exception {
        runner = new ScenarioRunner(Path.of("fixtures"), Path.of("rules"), RuleBase.compile(Path.of("rules")),
                Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void scenarioWhoseFindingsAreAsExpected_passes() {
        ScenarioOutcome outcome = runner.run(RESOURCES.resolve("passing/two-forums.json"));

        assertThat(outcome.line()).isEqualTo("PASS two forums on health overlap "
                + "(src/test/resources/scenarios/passing/two-forums.json)");
    }

    @Test
    void wrongExpectations_failNamingWhatWasMissingAndWhatWasUnexpected() {
        ScenarioOutcome outcome = runner.run(RESOURCES.resolve("failing/wrong-expectations.json"));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.line()).isEqualTo("FAIL wrong expectations on purpose "
                + "(src/test/resources/scenarios/failing/wrong-expectations.json): "
                + "missing topic-overlap/digital-governance [forums eu-ohchr-dialogue, paris-peace-forum, unsc] "
                + "(found [forums eu-ohchr-dialogue, paris-peace-forum]); "
                + "missing topic-overlap/human-rights; "
                + "unexpected first-in-record-topic/civic-space");
    }

    @Test
    void invalidFacts_areReportedByTheIngestValidation_placedInTheScenarioFile() {
        ScenarioOutcome outcome = runner.run(RESOURCES.resolve("invalid/misspelt-facts.json"));

        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        String file = "src/test/resources/scenarios/invalid/misspelt-facts.json";
        assertThat(outcome.problems()).map(InputProblem::toString).containsExactly(
                file + ":4:38: /parameters/overlap.minForum: unknown parameter 'overlap.minForum' "
                        + "(did you mean 'overlap.minForums'?); parameters are those in rules/parameters.json",
                file + ":9:38: /meetings/0/forum: unknown forum 'nort-forum' (did you mean 'north-forum'?)",
                file + ":9:79: /meetings/0/start: impossible date '2022-04-31' (Invalid date 'APRIL 31')",
                file + ":9:125: /meetings/0/topics/0: unknown topic 'helth' (did you mean 'health'?)",
                file + ":12:14: /expect/0/rule: unknown rule 'topic-overlp' (did you mean 'topic-overlap'?)");
        assertThat(outcome.line()).isEqualTo("INVALID misspelt facts (" + file + "): 5 problem(s) in the scenario");
    }

    @Test
    void scenarioKeys_areCheckedWithSuggestions() {
        ScenarioOutcome outcome = runner.run(RESOURCES.resolve("invalid/not-a-scenario.json"));

        String file = "src/test/resources/scenarios/invalid/not-a-scenario.json";
        assertThat(outcome.problems()).map(InputProblem::toString).containsExactly(
                file + ":1:1: a scenario needs at least one 'expect' or 'expectNot' entry",
                file + ":3:13: /period: invalid period '2022-Q5': use 2021-Q4, 2021, 2019-Q1..2021-Q4, latest or all",
                file + ":4:11: /base: unknown base 'fixture': use \"fixtures\" (the --facts folder) or leave 'base' "
                        + "out to start from no facts",
                file + ":5:13: /topics: topics come from the taxonomy in the rules folder (taxonomy/topics.json): "
                        + "remove 'topics' here and add the topic there",
                file + ":6:12: /expct: unknown key 'expct' (did you mean 'expect'?); a scenario may hold name, "
                        + "description, period, base, parameters, forums, actors, persons, meetings, expect, "
                        + "expectNot");
    }

    @Test
    void malformedJson_isInvalid_namedAfterItsFile() throws IOException {
        Path file = write("broken.json", "{\n  \"name\": \"broken\",\n}\n");

        ScenarioOutcome outcome = runner.run(file);

        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.name()).isEqualTo("broken");
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith(file + ":3:1: malformed JSON: Unexpected character ('}'");
    }

    @Test
    void parameterOverride_changesWhatTheRulesConclude() throws IOException {
        String facts = twoForumsOnHealth();
        Path plain = write("plain.json", facts.replace("%PARAMETERS%", "")
                .replace("%EXPECT%", "\"expect\": [{\"rule\": \"topic-overlap\", \"subject\": \"health\"}]"));
        Path raised = write("raised.json", facts.replace("%PARAMETERS%", "\"parameters\": {\"overlap.minForums\": 3},")
                .replace("%EXPECT%", "\"expectNot\": [{\"rule\": \"topic-overlap\"}]"));

        assertThat(runner.run(plain).status()).isEqualTo(Status.PASS);
        assertThat(runner.run(raised).status()).isEqualTo(Status.PASS);
    }

    @Test
    void expectNotWithoutSubject_failsForEveryFindingOfTheRule() throws IOException {
        Path file = write("any.json", twoForumsOnHealth().replace("%PARAMETERS%", "")
                .replace("%EXPECT%", "\"expectNot\": [{\"rule\": \"topic-overlap\"}]"));

        assertThat(runner.run(file).failures()).containsExactly("unexpected topic-overlap/health");
    }

    @Test
    void deriveRule_cannotBeExpected_becauseItMakesNoFindings() throws IOException {
        Path file = write("derive.json", twoForumsOnHealth().replace("%PARAMETERS%", "")
                .replace("%EXPECT%", "\"expect\": [{\"rule\": \"met-year-key\", \"subject\": \"health\"}]"));

        assertThat(runner.run(file).problems()).singleElement().asString().endsWith("/expect/0/rule: rule "
                + "'met-year-key' derives facts and makes no findings: expect a rule that concludes from them");
    }

    @Test
    void scenarioMeetingClashingWithTheBase_isADuplicateNamingBothFiles() throws IOException {
        Path file = write("clash.json", "{\"name\": \"clash\", \"period\": \"2021-Q4\", \"base\": \"fixtures\",\n"
                + "\"meetings\": [{\"id\": \"ppf-2021-4th-edition\", \"forum\": \"paris-peace-forum\", \"title\": \"x\","
                + " \"start\": \"2021-11-11\", \"mode\": \"virtual\"}],\n"
                + "\"expectNot\": [{\"rule\": \"topic-overlap\"}]}");

        ScenarioOutcome outcome = runner.run(file);

        assertThat(outcome.problems()).singleElement().asString().isEqualTo(file + ":2:21: /meetings/0/id: "
                + "duplicate meeting id 'ppf-2021-4th-edition' (first defined at "
                + "fixtures/meetings/paris-peace-forum.json:4): give one of them another id");
    }

    private static String twoForumsOnHealth() {
        return "{\"name\": \"t\", \"period\": \"2022-Q2\", %PARAMETERS%\n"
                + "\"forums\": [{\"id\": \"north-forum\", \"names\": {\"en\": \"North\"}, \"kind\": \"summit\"},\n"
                + "  {\"id\": \"south-forum\", \"names\": {\"en\": \"South\"}, \"kind\": \"summit\"}],\n"
                + "\"meetings\": [{\"id\": \"n\", \"forum\": \"north-forum\", \"title\": \"N\", \"start\": \"2022-04-05\","
                + " \"mode\": \"in-person\", \"topics\": [\"health\"]},\n"
                + "  {\"id\": \"s\", \"forum\": \"south-forum\", \"title\": \"S\", \"start\": \"2022-05-05\","
                + " \"mode\": \"in-person\", \"topics\": [\"health\"]}],\n"
                + "%EXPECT%}";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }
}
