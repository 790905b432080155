package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing test-rules}: one line per scenario, a summary, and an exit code CI can act on. */
class TestRulesCommandTest {

    private static final String RESOURCES = "src/test/resources/scenarios/";

    @TempDir
    Path temp;

    @Test
    void shippedScenarios_allPass_andExitZero() {
        Cli.Result result = Cli.run("test-rules");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).last().asString().matches("\\d+ passed, 0 failed");
        assertThat(result.out().lines().filter(l -> !l.matches("\\d+ passed.*")))
                .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("PASS "));
    }

    @Test
    void failingScenario_printsWhatWasMissingAndUnexpected_andExitsSeven() {
        Cli.Result result = Cli.run("test-rules", "--scenarios", RESOURCES + "failing");

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.out()).isEqualTo("FAIL wrong expectations on purpose "
                + "(src/test/resources/scenarios/failing/wrong-expectations.json): "
                + "missing topic-overlap/digital-governance [forums eu-ohchr-dialogue, paris-peace-forum, unsc] "
                + "(found [forums eu-ohchr-dialogue, paris-peace-forum]); missing topic-overlap/human-rights; "
                + "unexpected first-in-record-topic/civic-space\n"
                + "0 passed, 1 failed\n");
    }

    @Test
    void invalidScenario_printsEachProblemWithFileLineAndColumn_andExitsThree() {
        Cli.Result result = Cli.run("test-rules", "--scenarios", RESOURCES + "invalid");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("briefing: " + RESOURCES + "invalid/misspelt-facts.json:9:125: "
                + "/meetings/0/topics/0: unknown topic 'helth' (did you mean 'health'?)\n");
        assertThat(result.out()).contains("INVALID misspelt facts (" + RESOURCES + "invalid/misspelt-facts.json): "
                + "5 problem(s) in the scenario\n").endsWith("0 passed, 0 failed, 2 invalid\n");
    }

    @Test
    void mixedOutcomes_areSummarised_invalidOutranksFailed() {
        Cli.Result result = Cli.run("test-rules", "--scenarios", RESOURCES);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).endsWith("1 passed, 1 failed, 2 invalid\n");
    }

    @Test
    void quiet_printsOnlyWhatDidNotPass_andTheSummary() {
        Cli.Result result = Cli.run("test-rules", "-q", "--scenarios", RESOURCES + "passing");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("1 passed, 0 failed\n");
    }

    @Test
    void rulesThatDoNotCompile_exitFour_beforeAnyScenarioRuns() throws IOException {
        Path rules = copyRules();
        Path drl = rules.resolve("overlaps/topics.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("\\$topic : Topic\\( \\$id : id \\)",
                "\\$topic : Topic( \\$id : id "));

        Cli.Result result = Cli.run("test-rules", "--rules", rules.toString(), "--scenarios", RESOURCES + "passing");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("briefing: " + drl + ":");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void ruleThatThrowsWhileRunningAScenario_isAnError_andExitsFour() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("trends/boom.drl"), """
                package rules.trends

                import org.briefingengine.engine.facts.*;
                global org.briefingengine.engine.FindingSink out;

                rule "boom"
                    @category("trend")
                when
                    ReportWindow( $p : period )
                then
                    out.finding( kcontext ).about( Integer.parseInt( $p ) ).says( "x" ).insert();
                end
                """);

        Cli.Result result = Cli.run("test-rules", "--rules", rules.toString(), "--scenarios", RESOURCES + "passing");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEqualTo("ERROR two forums on health overlap (" + RESOURCES + "passing/two-forums.json)"
                + ": rules failed at run time: " + rules.resolve("trends/boom.drl") + ":6: rule 'boom' failed while "
                + "firing: NumberFormatException: For input string: \"2022-Q2\"; fix its consequence (then-part)\n"
                + "0 passed, 1 failed\n");
    }

    @Test
    void folderWithoutScenarios_isAUsageError() {
        Cli.Result result = Cli.run("test-rules", "--scenarios", temp.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("briefing: " + temp + ": no scenarios (*.json) found; check --scenarios "
                + "or add one (see rules/README.md, \"Rule scenarios\")\n");
    }

    private Path copyRules() throws IOException {
        return TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
    }
}
