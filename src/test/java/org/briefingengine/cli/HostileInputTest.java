package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts, parameters and command lines from a hostile-input run, each of which once ended with the wrong exit code,
 * a silently wrong pack or a misleading message: through the real command line, on copies of the shipped data.
 */
class HostileInputTest {

    @TempDir
    Path temp;
    private Path facts;
    private Path rules;

    @BeforeEach
    void copies() throws IOException {
        facts = TestFiles.copyTree(Path.of("fixtures"), temp.resolve("facts"));
        rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
    }

    // Parameters and rules

    @Test
    void aParameterValueOfTheWrongType_failsValidateAtItsLine() throws IOException {
        replace(rules.resolve("parameters.json"), "\"overlap.minForums\": {\"value\": 2", "\"overlap.minForums\": {\"value\": \"two\"");

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(firstLine(result)).isEqualTo("briefing: " + rules.resolve("parameters.json") + ":3:36: "
                + "/parameters/overlap.minForums/value: overlap.minForums must be a whole number from 1 to 100, not "
                + "\"two\" (declared in 'type', 'min' and 'max')");
    }

    @Test
    void aFiringLimitOfMinusOneOrZero_isOutOfRange() throws IOException {
        for (String value : new String[] {"-1", "0"}) {
            Path parameters = rules.resolve("parameters.json");
            Files.writeString(parameters, Files.readString(parameters).replaceFirst(
                    "(\"engine.maxFirings\": \\{\"value\": )[-0-9]+", "$1" + value));

            Cli.Result result = validate();

            assertThat(result.exitCode()).isEqualTo(4);
            assertThat(result.err()).contains("engine.maxFirings is " + value + ", outside its range: use a whole "
                    + "number from 1000 to 2000000000");
        }
    }

    @Test
    void aParameterMisspeltInARule_failsValidateAtTheRulesLineAndColumn() throws IOException {
        Path drl = rules.resolve("overlaps/topics.drl");
        int line = Cli.lineOf(drl, "Parameter( name == \"overlap.minForums\"");
        replace(drl, "Parameter( name == \"overlap.minForums\"", "Parameter( name == \"overlap.minForum\"");

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(firstLine(result)).isEqualTo("briefing: " + drl + ":" + line + ":24: unknown parameter 'overlap.minForum' "
                + "(did you mean 'overlap.minForums'?): correct the name or declare it in "
                + rules.resolve("parameters.json"));
    }

    @Test
    void aParameterRenamedInParametersJson_failsTheRuleThatReadsIt_andWarnsNoRuleReadsTheNewName() throws IOException {
        replace(rules.resolve("parameters.json"), "\"overlap.minForums\":", "\"overlap.minimumForums\":");
        int line = Cli.lineOf(rules.resolve("overlaps/topics.drl"), "Parameter( name == \"overlap.minForums\"");

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("parameter 'overlap.minimumForums' is declared but no rule reads it")
                .contains("topics.drl:" + line + ":24: unknown parameter 'overlap.minForums'");
    }

    @Test
    void aRuleCallingExecFileOrForName_failsValidateAtItsPlace_andTheShippedPackPasses() throws IOException {
        assertThat(validate().exitCode()).isZero();
        Files.writeString(rules.resolve("quality/unsafe.drl"), """
                package rules.quality

                import org.briefingengine.engine.facts.*;

                rule "unsafe"
                when
                    ReportWindow( )
                then
                    Runtime.getRuntime().exec( "id" );
                    Object file = new java.io.File( "/etc/passwd" );
                    Class.forName( "java.lang.Runtime" );
                end
                """);

        Cli.Result result = validate();

        Path unsafe = rules.resolve("quality/unsafe.drl");
        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains(unsafe + ":9:5: 'java.lang.Runtime' is not allowed in rules")
                .contains(unsafe + ":10:23: 'java.io.File' is not allowed in rules (file I/O)")
                .contains(unsafe + ":11:5: 'java.lang.Class' is not allowed in rules (reflection)")
                .contains("problem(s) in the rules; nothing was written");
    }

    @Test
    void aScenarioOverrideOutsideTheDeclaredRange_isReportedAtItsPlace() throws IOException {
        Path scenarios = Files.createDirectories(temp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("bad.json"), """
                {
                  "name": "a threshold that cannot be",
                  "period": "2021-Q4",
                  "base": "fixtures",
                  "parameters": {"overlap.minForums": -3},
                  "expectNot": [{"rule": "topic-overlap"}]
                }
                """);

        Cli.Result result = Cli.run("test-rules", "--facts", facts.toString(), "--rules", rules.toString(),
                "--scenarios", scenarios.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err() + result.out()).contains("bad.json:5:").contains("overlap.minForums is -3, outside its "
                + "range: use a whole number from 1 to 100");
    }

    // Facts

    @Test
    void aYearZeroDate_isRejected() throws IOException {
        replace(facts.resolve("meetings/unsc.json"), "\"start\": \"2013-08-06\"", "\"start\": \"0000-01-01\"");

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(firstLine(result)).containsPattern("unsc.json:\\d+:16: ").endsWith("/meetings/0/start: '0000-01-01': year 0 is "
                + "outside 1900–2100: check the date");
    }

    @Test
    void idsOutsideTheDocumentedForm_areRejected() throws IOException {
        replace(facts.resolve("meetings/unsc.json"), "\"id\": \"unsc-2013-08-7015\"", "\"id\": \"../../x\"");
        replace(facts.resolve("meetings/paris-peace-forum.json"), "\"id\": \"ppf-2021-4th-edition\"", "\"id\": \"ppf 2021\"");

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("/meetings/0/id: '../../x' is not a valid meeting id: use lower-case "
                + "letters, digits and hyphens").contains("'ppf 2021' is not a valid meeting id");
    }

    @Test
    void aRightToLeftOverrideInAName_isWarnedAbout_andNeverReachesTheOutputs() throws IOException {
        replace(facts.resolve("forums.json"), "\"en\": \"Paris Peace Forum\"", "\"en\": \"Paris Peace Forum \\u202EFDP.exe\"");

        Cli.Result result = Cli.run("run", "--facts", facts.toString(), "--rules", rules.toString(), "--period",
                "2021-Q4", "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("/forums/1/names/en: 'names' holds the direction control U+202E")
                .doesNotContain("\u202E");
        String findings = Files.readString(temp.resolve("out/2021-Q4/findings-2021-Q4.json"));
        assertThat(findings).contains("Paris Peace Forum FDP.exe").doesNotContain("\u202E").doesNotContain("\\u202E");
    }

    @Test
    void controlCharactersInAnUnknownId_areEscapedOnTheTerminal() throws IOException {
        replace(facts.resolve("meetings/unsc.json"), "\"ARG\"", "\"\\u001b]0;pwned\\u0007\\u001b[2K\\u001b[32mOK: 0 problems\"");

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("unknown actor '\\u001b]0;pwned\\u0007\\u001b[2K\\u001b[32mOK: 0 problems'");
    }

    @Test
    void aTopicListedHundredsOfThousandsOfTimes_isAValidationProblem() throws IOException {
        String many = String.join(", ", java.util.Collections.nCopies(200_000, "\"mediation\""));
        Path meetings = facts.resolve("meetings/unsc.json");
        Files.writeString(meetings, Files.readString(meetings).replaceFirst("\"topics\": \\[", "\"topics\": [" + many
                + ", "));

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("/meetings/0/topics: 'mediation' is listed 20000");
    }

    @Test
    void aBadUtf8Byte_isPlacedByLineAndColumn() throws IOException {
        Path meetings = facts.resolve("meetings/unsc.json");
        byte[] bytes = Files.readAllBytes(meetings);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("\"title\": \"") + "\"title\": \"".length();
        bytes[at] = (byte) 0xFF;
        Files.write(meetings, bytes);

        Cli.Result result = validate();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(firstLine(result)).isEqualTo("briefing: " + meetings + ":7:17: file is not valid UTF-8 (byte 0xFF "
                + "here): save the file as UTF-8");
    }

    // Command line and folders

    @Test
    void noArguments_isAUsageErrorWithTheUsage() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstLine(result)).startsWith("briefing: a command is required: run, validate, explain");
        assertThat(result.err()).contains("Usage: briefing").doesNotContain("briefing: internal error");
    }

    @Test
    void aMissingRulesFolder_isExitFour_namingWhereItLooked() {
        Cli.Result result = Cli.run("validate", "--facts", facts.toString(), "--rules", "no-such-rules");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(firstLine(result)).isEqualTo("briefing: " + Path.of("no-such-rules").toAbsolutePath()
                + ": rules folder not found (looked in " + Path.of("").toAbsolutePath() + "); pass --rules DIR, or set "
                + "BRIEFING_HOME to the folder that holds fixtures/ and rules/ (see README, 'Running from another "
                + "folder')");
    }

    @Test
    void briefingHome_isWhereTheDefaultFoldersAreLookedUp() throws IOException {
        Files.move(facts, temp.resolve("fixtures"));

        Cli.Result result = Cli.run(Cli.CLOCK, Map.of("BRIEFING_HOME", temp.toString()), "validate", "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Cli.Result missing = Cli.run(Cli.CLOCK, Map.of("BRIEFING_HOME", temp.resolve("elsewhere").toString()),
                "validate");
        assertThat(firstLine(missing)).startsWith("briefing: " + temp.resolve("elsewhere/rules")
                + ": rules folder not found");
    }

    @Test
    void theLogFile_getsTheErrorLinesAndAnEndOfRunLineWithTheExitCode() throws IOException {
        Files.writeString(rules.resolve("quality/broken.drl"), "package rules.quality\nrule \"x\" when then System.exit(0); end\n");
        Path log = temp.resolve("run.log");

        Cli.Result result = Cli.run("run", "--facts", facts.toString(), "--rules", rules.toString(), "--period",
                "2021-Q4", "--out", temp.resolve("out").toString(), "--log", log.toString(), "--quiet");

        assertThat(result.exitCode()).isEqualTo(4);
        String logged = Files.readString(log);
        assertThat(logged).contains("level=error msg=\"" + rules.resolve("quality/broken.drl") + ":2:")
                .containsPattern("level=error stage=finished command=run exit=4 ms=\\d+\\n$");
        Cli.Result ok = Cli.run("validate", "--facts", facts.toString(), "--rules", Path.of("rules").toString(),
                "--log", log.toString(), "--quiet");
        assertThat(ok.exitCode()).isZero();
        assertThat(Files.readString(log)).containsPattern("level=info stage=finished command=validate exit=0 ms=\\d+\\n$");
    }

    @Test
    void anUnusableOutputFolder_failsBeforeAnythingIsReadOrCompiled() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        Cli.Result result = Cli.run("run", "--facts", facts.toString(), "--rules", rules.toString(), "--out",
                file.resolve("reports").toString());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).doesNotContain("stage=facts-read").doesNotContain("rules-compiled")
                .contains(file.resolve("reports") + ": cannot write the report");
    }

    @Test
    void requireMeetings_makesAnEmptyPeriodFail_andWritesNothing() {
        Cli.Result result = Cli.run("run", "--facts", facts.toString(), "--rules", rules.toString(), "--period",
                "2025-Q1", "--out", temp.resolve("out").toString(), "--require-meetings", "--quiet");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(firstLine(result)).isEqualTo("briefing: no meetings recorded in 2025-Q1 and --require-meetings was "
                + "given: add the period's meetings to the facts, or check --period; nothing was written");
        assertThat(temp.resolve("out/2025-Q1/findings-2025-Q1.json")).doesNotExist();
    }

    @Test
    void temporaryFilesOfADeadRun_areRemovedByTheNextRun() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out/2021-Q4"));
        Path leftover = Files.writeString(folder.resolve(".findings-2021-Q4.json.tmp-2147483646"), "half");

        Cli.Result result = Cli.run("run", "--facts", facts.toString(), "--rules", rules.toString(), "--period",
                "2021-Q4", "--out", temp.resolve("out").toString(), "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    private Cli.Result validate() {
        return Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString());
    }

    private static String firstLine(Cli.Result result) {
        return result.err().lines().filter(l -> l.startsWith("briefing:")).findFirst().orElse("");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
