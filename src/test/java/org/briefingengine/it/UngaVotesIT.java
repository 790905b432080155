package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The UN General Assembly roll calls ({@code ../shared/data/unga-votes}, 6,203 roll calls, 870,109 country votes; not
 * committed) imported with the shipped mapping in a 512 MB heap, then briefed by the packaged jar for 2019 and for the
 * three decades 1990–2019. Expected figures are counted from the CSV files themselves, e.g. the 14 human-rights roll
 * calls of 2019: {@code python3 -c "import csv; d={r['rcid']:r['date'] for r in csv.DictReader(open('un_roll_calls.csv'))};
 * print(sum(1 for r in csv.DictReader(open('un_roll_call_issues.csv')) if r['issue']=='Human rights' and
 * d[r['rcid'].replace('.0','')].startswith('2019')))"}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UngaVotesIT {

    private static final Path DATA = Path.of("../shared/data/unga-votes").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();
    private static final Path WORK = Path.of("target/unga-it").toAbsolutePath();
    private static final Path FACTS = WORK.resolve("facts");
    private static final Path REPORTS = WORK.resolve("reports");

    record Outcome(int exitCode, String out, String err) {
    }

    @Test
    @Order(1)
    void theRollCalls_importIn512Megabytes_withCountsAndTheUnmatchedCountryNamed() throws Exception {
        assumeTrue(Files.isDirectory(DATA), "the UNGA data set is not at " + DATA);

        Outcome result = jar("-Xmx512m", "import", DATA.toString(), "--mapping",
                Path.of("rules/imports/unga-votes.mapping.json").toAbsolutePath().toString(), "--out",
                FACTS.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("import: un_roll_calls.csv: 6203 rows read, 6203 meetings imported, 0 rejected")
                .contains("import: un_roll_call_issues.csv: 5745 rows read, 5745 topics imported, 0 rejected")
                .contains("import: un_votes.csv.gz: 870109 rows read, 870107 actors in roles imported, 2 rejected")
                .contains("unmatched in value map 'countries': Zanzibar (2 rows)")
                .contains("wrote: one forum, 197 actors, 6,203 meetings");
    }

    @Test
    @Order(2)
    void the2019Briefing_countsTheHumanRightsRollCallsOfThatYear() throws Exception {
        assumeTrue(Files.isDirectory(FACTS.resolve("meetings")), "the import did not run");

        Outcome result = jar("-Xmx2g", "run", "--facts", FACTS.toString(), "--period", "2019", "--out",
                REPORTS.toString(), "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode findings = findings("2019");
        assertThat(meetingsOf(findings, "topic-frequency", "human-rights")).hasSize(14);
        // Colonialism: 16 of the 50 roll calls of 2019 with an issue recorded (of 90 held), against 3 of the 72 of 2018
        // (of 95) and 46 of the 309 of 2014-2017, its usual share: above both.
        assertThat(meetingsOf(findings, "rising-topic", "decolonisation")).hasSize(16 + 3 + 46);
        assertThat(statementsOf(findings, "rising-topic", "decolonisation")).singleElement().asString()
                .contains("16 of 50 meetings (32%) in 2019").contains("three of 72 meetings (4%) in 2018")
                .contains("46 of 309 meetings (15%) in 2014–2017")
                .endsWith("(counting only meetings with topics recorded).");
        assertThat(REPORTS.resolve("2019/briefing-2019.xlsx")).isNotEmptyFile();
        try (PDDocument pdf = Loader.loadPDF(REPORTS.resolve("2019/briefing-2019.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // the summary says what the shares leave out; the outlook's count reads as the prose does
            assertThat(text).contains("40 of them have no topic recorded, so topic shares count the other 50.")
                    .contains("6,202");
        }
    }

    @Test
    @Order(3)
    void threeDecades_1990To2019_countTheRollCallsAndNameTheStatesThatJoinedTheUn() throws Exception {
        assumeTrue(Files.isDirectory(FACTS.resolve("meetings")), "the import did not run");

        Outcome result = jar("-Xmx2g", "run", "--facts", FACTS.toString(), "--period", "1990-Q1..2019-Q4", "--out",
                REPORTS.toString(), "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode findings = findings("1990-Q1..2019-Q4");
        // Rows of un_roll_call_issues.csv whose roll call is dated 1990-2019: 592 on human rights, 609 on arms control.
        assertThat(meetingsOf(findings, "topic-frequency", "human-rights")).hasSize(592);
        assertThat(meetingsOf(findings, "topic-frequency", "disarmament")).hasSize(609);
        // Switzerland joined the UN in 2002, Montenegro in 2006, the Baltic states in 1991; France voted from 1946.
        assertThat(subjectsOf(findings, "first-time-participant")).contains("CHE", "MNE", "EST", "LVA", "LTU")
                .doesNotContain("FRA", "USA");
    }

    @Test
    @Order(4)
    void theWholeRecord_1946To2019_isAShortPack_thatCallsNobodyNew() throws Exception {
        assumeTrue(Files.isDirectory(FACTS.resolve("meetings")), "the import did not run");

        Outcome result = jar("-Xmx3g", "run", "--facts", FACTS.toString(), "--period", "1946-Q1..2019-Q4", "--out",
                REPORTS.toString(), "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode findings = findings("1946-Q1..2019-Q4");
        // The record starts in 1946: over the whole of it every state and every issue would be "first".
        assertThat(subjectsOf(findings, "first-time-participant")).isEmpty();
        assertThat(subjectsOf(findings, "first-in-record-topic")).isEmpty();
        // Many roll calls a day are many decisions (the mapping's forum has manyPerDay): before, 573 duplicate findings.
        assertThat(subjectsOf(findings, "duplicate-meeting")).isEmpty();
        // Rows of un_roll_call_issues.csv on human rights whose roll call is dated 1946-2019.
        assertThat(meetingsOf(findings, "topic-frequency", "human-rights")).hasSize(1015);
        try (PDDocument pdf = Loader.loadPDF(REPORTS.resolve("1946-Q1..2019-Q4/briefing-1946-Q1..2019-Q4.pdf")
                .toFile())) {
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(40);
        }
    }

    private static List<String> statementsOf(JsonNode findings, String rule, String subject) {
        List<String> statements = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals(rule) && f.path("subject").asText().equals(subject)) {
                statements.add(f.path("statement").asText());
            }
        });
        return statements;
    }

    private static List<String> subjectsOf(JsonNode findings, String rule) {
        List<String> subjects = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals(rule)) {
                subjects.add(f.path("subject").asText());
            }
        });
        return subjects;
    }

    private static JsonNode findings(String period) throws IOException {
        return new ObjectMapper().readTree(REPORTS.resolve(period).resolve("findings-" + period + ".json").toFile())
                .get("findings");
    }

    private static List<String> meetingsOf(JsonNode findings, String rule, String subject) {
        List<String> meetings = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.path("rule").asText().equals(rule) && f.path("subject").asText().equals(subject)) {
                f.path("meetings").forEach(m -> meetings.add(m.asText()));
            }
        }
        return meetings;
    }

    private static Outcome jar(String heap, String... args) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = WORK.resolve("stdout.txt");
        Path err = WORK.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
