package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}: two periods, a restatement of one period under changed rules, and the previous pack in a run. */
class DiffCommandTest {

    @TempDir
    Path temp;

    @Test
    void samePeriodUnderChangedRules_isARestatementListingTheSeverityChanges() throws IOException {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Path parameters = rules.resolve("parameters.json");
        // Given: findings of salience 31 to 49 become high severity instead of medium, where their rule allows it.
        String changed = Files.readString(parameters).replace("\"severity.high\": {\"value\": 50,",
                "\"severity.high\": {\"value\": 31,");
        assertThat(changed).isNotEqualTo(Files.readString(parameters));
        Files.writeString(parameters, changed);
        assertThat(Cli.run("run", "--period", "2021-Q4", "--out", temp.resolve("a").toString(), "-q").exitCode())
                .isZero();
        assertThat(Cli.run("run", "--period", "2021-Q4", "--rules", rules.toString(), "--out",
                temp.resolve("b").toString(), "-q").exitCode()).isZero();

        Cli.Result diff = Cli.run("diff", findings(temp.resolve("a"), "2021-Q4"), findings(temp.resolve("b"), "2021-Q4"));

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).startsWith("Restatement of 2021-Q4: 0 new, 0 ended, 2 changed")
                .contains("~ missed-edition un-regional-mediation  The seventh meeting")
                .contains("~ topic-overlap ")
                .contains("The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared five themes")
                .contains("(severity medium → high)")
                .doesNotContain("severity low →")
                .doesNotContain("\n+ ", "\n- ");
    }

    @Test
    void twoPeriods_listAddedAndEndedFindingsByRuleAndSubject_alsoAsJson() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("run", "--period", "2021-Q3", "--out", out.toString(), "-q");
        Cli.run("run", "--period", "2021-Q4", "--out", out.toString(), "-q");

        Cli.Result lines = Cli.run("diff", findings(out, "2021-Q3"), findings(out, "2021-Q4"));
        Cli.Result json = Cli.run("diff", "--json", findings(out, "2021-Q3"), findings(out, "2021-Q4"));

        assertThat(lines.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        int added = root.path("counts").path("added").asInt();
        assertThat(json.exitCode()).isZero();
        assertThat(added).isPositive();
        assertThat(lines.out()).startsWith("2021-Q3 to 2021-Q4: " + added + " new, 0 ended, 0 changed")
                .contains("+ new-channel eu-ohchr-dialogue  A new channel: the EU–OHCHR Strategic Dialogue met for "
                        + "the first time on 13 October 2021");
        assertThat(lines.out().lines().filter(l -> l.startsWith("+ "))).hasSize(added);
        assertThat(root.path("added").get(0).path("rule").asText()).isEqualTo("new-channel");
        assertThat(root.path("before").asText()).isEqualTo("2021-Q3");
    }

    @Test
    void quarterAfterThePreviousQuarterInTheSameFolder_opensWithSinceTheLastPack() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("run", "--period", "2021-Q3", "--out", out.toString(), "-q");
        Cli.run("run", "--period", "2021-Q4", "--out", out.toString(), "-q");

        String pdf = org.briefingengine.render.pdf.PdfTextOfFile.of(out.resolve("2021-Q4/briefing-2021-Q4.pdf"));

        assertThat(pdf).containsPattern("Since the 2021-Q3 pack: (\\d+) new findings, none ended and none changed").contains("Since the last pack").containsPattern("New findings \\(\\d+\\)");
        String squashed = pdf.replaceAll("\\s+", " ");
        assertThat(squashed).as("page 1 marks each key judgement against the previous pack")
                .contains("Evidence: M1 · new since the 2021-Q3 pack")
                .as("the new findings page 1 states are named, not restated")
                .contains("Key judgements 1, 2, 3 and 4 are new: page 1 states them; the rest follow.");
        assertThat(squashed.split("A new channel: the EU–OHCHR Strategic Dialogue met", -1))
                .as("stated on page 1 and in its rule's section, not again among the new findings").hasSize(3);
    }

    @Test
    void missingFile_isAUsageErrorNamingIt() {
        Cli.Result diff = Cli.run("diff", temp.resolve("none.json").toString(), temp.resolve("other.json").toString());

        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.err()).contains("none.json").contains("give two findings-<period>.json files");
        assertThat(new String(diff.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void aReportSettingThatIsNotASeverity_stopsTheRunWithExit4NamingTheFile() throws IOException {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Path parameters = rules.resolve("parameters.json");
        Files.writeString(parameters, Files.readString(parameters).replace("\"report.minSeverity\": {\"value\": \"low\"",
                "\"report.minSeverity\": {\"value\": \"urgent\""));

        Cli.Result run = Cli.run("run", "--period", "2021-Q4", "--rules", rules.toString(), "--out",
                temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("parameters.json: report.minSeverity: 'urgent' is not a severity; use high, "
                + "medium, low or info");
        assertThat(temp.resolve("out/2021-Q4/briefing-2021-Q4.pdf")).doesNotExist();
    }

    private static String findings(Path out, String period) {
        return out.resolve(period).resolve("findings-" + period + ".json").toString();
    }
}
