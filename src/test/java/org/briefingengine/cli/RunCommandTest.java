package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefingengine.pipeline.OutputLock;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unattended run: exit codes, locking, atomic output, reproducibility, as cron meets them. */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void quarterRun_writesEveryOutputIntoThePeriodFolder() {
        Cli.Result result = run("--period", "2021-Q4");

        assertThat(result.exitCode()).isZero();
        assertThat(listing(temp.resolve("out/2021-Q4"))).contains("findings-2021-Q4.json", "manifest.json");
        assertThat(result.out()).contains("Wrote").contains("2 meetings");
    }

    @Test
    void sameInputAndClockTwice_givesByteIdenticalOutputsAndManifestApartFromDurations() throws IOException {
        run("--period", "2021-Q4");
        Path folder = temp.resolve("out/2021-Q4");
        Map<String, String> first = contents(folder);
        JsonNode firstManifest = manifestWithoutDurations();

        run("--period", "2021-Q4");

        Map<String, String> second = contents(folder);
        first.remove("manifest.json");
        second.remove("manifest.json");
        assertThat(second).isEqualTo(first).containsKeys("briefing-2021-Q4.pdf", "briefing-2021-Q4.xlsx");
        assertThat(manifestWithoutDurations()).isEqualTo(firstManifest);
    }

    @Test
    void sameInputLater_givesTheSameFindingsApartFromGeneratedAt() throws IOException {
        run("--period", "2021-Q4");
        JsonNode first = JSON.readTree(temp.resolve("out/2021-Q4/findings-2021-Q4.json").toFile());

        Cli.Result later = Cli.run(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC),
                "run", "--period", "2021-Q4", "--out", temp.resolve("out").toString(), "-q");

        assertThat(later.exitCode()).isZero();
        JsonNode second = JSON.readTree(temp.resolve("out/2021-Q4/findings-2021-Q4.json").toFile());
        assertThat(second.path("generatedAt").asText()).isEqualTo("2026-12-01T00:00:00Z");
        ((ObjectNode) first).remove("generatedAt");
        ((ObjectNode) second).remove("generatedAt");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void findingIds_areStableAndUnique() throws IOException {
        run("--period", "all");
        JsonNode findings = JSON.readTree(temp.resolve("out/all/findings-all.json").toFile()).path("findings");

        List<String> ids = findings.findValuesAsText("id");
        assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
        assertThat(findings.get(0).fieldNames()).toIterable()
                .contains("id", "rule", "category", "severity", "statement", "subject", "forums", "actors",
                        "meetings", "period");
    }

    @Test
    void secondRunWhileFirstHoldsTheLock_exitsSixNamingTheHolder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out/2021-Q4"));
        try (OutputLock held = OutputLock.acquire(folder, Instant.parse("2026-11-23T05:59:00Z"))) {
            Cli.Result result = run("--period", "2021-Q4");

            assertThat(result.exitCode()).isEqualTo(6);
            assertThat(result.err()).contains("another run holds this output folder")
                    .contains("pid " + ProcessHandle.current().pid()).contains("2026-11-23T05:59:00Z");
            assertThat(listing(folder)).doesNotContain("findings-2021-Q4.json");
        }
    }

    @Test
    void staleLockFileFromAKilledRun_isTakenOver() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out/2021-Q4"));
        Files.writeString(folder.resolve(".briefing.lock"), "pid 999999, started 2026-01-01T00:00:00Z");

        Cli.Result result = run("--period", "2021-Q4");

        assertThat(result.exitCode()).isZero();
        assertThat(listing(folder)).contains("findings-2021-Q4.json").doesNotContain(".briefing.lock");
    }

    @Test
    void outputLocationThatCannotBeCreated_exitsFiveWithThePath() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("plain-file"), "x");

        Cli.Result result = Cli.run("run", "--period", "2021-Q4", "--out", notAFolder.toString());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains(notAFolder + ": cannot write the report (" + notAFolder + " is a file, not a "
                + "folder)");
        assertThat(result.err().lines().filter(l -> l.startsWith("briefing:"))).hasSize(1);
        assertThat(result.err()).doesNotContain("stage=rules-fired");
    }

    @Test
    void failingRule_leavesThePreviousPackIntactAndNoTemporaryFiles() throws IOException {
        run("--period", "2021-Q4");
        Path folder = temp.resolve("out/2021-Q4");
        Map<String, String> before = contents(folder);
        Path rules = copyRules();
        Files.writeString(rules.resolve("quality/throws.drl"), """
                package rules.quality
                import org.briefingengine.engine.facts.*;
                rule "always-throws"
                when
                    ReportWindow()
                then
                    throw new IllegalStateException("boom");
                end
                """);

        Cli.Result result = Cli.run("run", "--period", "2021-Q4", "--rules", rules.toString(),
                "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("always-throws").contains("throws.drl:3").contains("boom");
        assertThat(contents(folder)).isEqualTo(before);
    }

    @Test
    void brokenRuleFile_exitsFourNamingFileAndLine_andWritesNothing() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("overlaps/broken.drl"), """
                package rules.overlaps
                rule "broken"
                when
                    ReportWindow( period == )
                then
                end
                """);

        Cli.Result result = Cli.run("run", "--period", "2021-Q4", "--rules", rules.toString(),
                "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains(rules.resolve("overlaps/broken.drl") + ":4:");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void emptyQuarter_isNotAnError_andWarns() {
        Cli.Result result = run("--period", "2022-Q1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("level=warn").contains("no meetings recorded in 2022-Q1");
        assertThat(listing(temp.resolve("out/2022-Q1"))).contains("findings-2022-Q1.json");
    }

    @Test
    void previousQuarter_isResolvedAgainstTheClock() {
        Clock january2022 = Clock.fixed(Instant.parse("2022-01-05T06:00:00Z"), ZoneOffset.UTC);

        Cli.Result result = Cli.run(january2022, "run", "--period", "previous-quarter", "--out",
                temp.resolve("out").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(temp.resolve("out/2021-Q4/findings-2021-Q4.json")).exists();
    }

    @Test
    void latest_isTheLatestQuarterWithAPreciselyDatedMeeting() {
        Cli.Result result = Cli.run("run", "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(temp.resolve("out/2021-Q4")).isDirectory();
    }

    @Test
    void differentPeriods_neverShareAFolder() {
        run("--period", "2021-Q4");
        run("--period", "2021");
        run("--period", "2019-Q1..2021-Q4");

        assertThat(listing(temp.resolve("out"))).containsExactlyInAnyOrder("2021-Q4", "2021", "2019-Q1..2021-Q4");
        assertThat(listing(temp.resolve("out/2021"))).contains("findings-2021.json");
    }

    @Test
    void unattendedOutput_hasLogfmtStageLinesAndNoControlCharacters() {
        Cli.Result result = run("--period", "2021-Q4");

        assertThat(result.err()).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(result.err().lines()).anyMatch(l -> l.matches("ts=\\S+ level=info stage=facts-read .*meetings=12.*"))
                .anyMatch(l -> l.contains("stage=rules-compiled")).anyMatch(l -> l.contains("stage=rules-fired"))
                .anyMatch(l -> l.contains("stage=written"));
    }

    @Test
    void quiet_printsNothingOnSuccess_andLogFileGetsTheStages() throws IOException {
        Path log = temp.resolve("briefing.log");

        Cli.Result result = Cli.run("run", "--period", "2021-Q4", "--out", temp.resolve("out").toString(), "--quiet",
                "--log", log.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(Files.readAllLines(log)).anyMatch(l -> l.contains("stage=written"));
    }

    @Test
    void unwritableLogFile_exitsFiveNamingIt() throws IOException {
        Path log = Files.createDirectories(temp.resolve("a-folder-not-a-file"));

        Cli.Result result = Cli.run("validate", "--log", log.toString());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains(log + ": cannot write the log file");
    }

    @Test
    void missingTaxonomy_isOneProblemNotOnePerTopicReference() throws IOException {
        Path rules = copyRules();
        Files.delete(rules.resolve("taxonomy/topics.json"));

        Cli.Result result = Cli.run("validate", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err().lines().findFirst().orElse("")).isEqualTo("briefing: " + rules.resolve("taxonomy")
                + ": no taxonomy files (*.json) found: restore " + rules.resolve("taxonomy/topics.json")
                + " or point --rules at the folder that holds taxonomy/");
        assertThat(result.err()).doesNotContain("no topics are defined").doesNotContain("unknown topic");
        assertThat(result.err().lines().filter(l -> l.startsWith("briefing:"))).hasSizeLessThan(5);
    }

    @Test
    void invalidPeriod_isAUsageError() {
        Cli.Result result = run("--period", "2021-Q5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("invalid period '2021-Q5'");
    }

    private Cli.Result run(String... extra) {
        String[] args = Stream.concat(Stream.of("run", "--out", temp.resolve("out").toString()), Stream.of(extra))
                .toArray(String[]::new);
        return Cli.run(args);
    }

    private JsonNode manifestWithoutDurations() throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(temp.resolve("out/2021-Q4/manifest.json").toFile());
        manifest.remove("durationsMillis");
        return manifest;
    }

    private Path copyRules() throws IOException {
        return TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.put(f.getFileName().toString(), org.briefingengine.ingest.FileHash.of(f));
            }
        }
        return all;
    }
}
