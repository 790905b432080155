package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing extract} on the five seed articles: drafts that validate, a quote behind every value, exit codes. */
class ExtractCommandTest {

    static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir
    Path temp;

    static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
    }

    @Test
    void eachSeedArticle_givesDraftsThatValidateOnTheirOwn() throws IOException {
        Path drafts = temp.resolve("drafts");
        for (String seed : seeds()) {
            List<String> args = new ArrayList<>(List.of("extract", seed, "--out", drafts.toString()));
            Cli.Result extract = Cli.run(args.toArray(String[]::new));
            assertThat(extract.exitCode()).as(extract.err()).isZero();
            assertThat(extract.out()).contains(Path.of(seed).getFileName() + " (ar, ");

            Cli.Result validate = Cli.run("validate", "--facts", drafts.toString());
            assertThat(validate.exitCode()).as(seed + ": " + validate.err()).isZero();
        }
        assertThat(drafts.resolve("registers/actors.json")).hasSameTextualContentAs(Path.of("fixtures/actors.json"));
        assertThat(drafts.resolve("review.md")).content(StandardCharsets.UTF_8).contains("# Draft facts to review");
    }

    @Test
    void everyDraftValue_hasASourceWhoseQuoteIsInTheArticleAtItsOffsets() throws IOException {
        Path drafts = temp.resolve("drafts");
        List<String> args = new ArrayList<>(List.of("extract", "--out", drafts.toString(), "-q"));
        args.addAll(seeds());
        assertThat(Cli.run(args.toArray(String[]::new)).exitCode()).isZero();

        int values = 0;
        for (String seed : seeds()) {
            String name = Path.of(seed).getFileName().toString();
            String text = Files.readString(Path.of(seed), StandardCharsets.UTF_8);
            JsonNode file = new ObjectMapper().readTree(drafts.resolve("meetings")
                    .resolve(name.replace(".txt", "").replace('_', '-') + ".json").toFile());
            for (JsonNode meeting : file.get("meetings")) {
                for (String field : List.of("coChairs", "hosts", "participants", "people", "topics")) {
                    for (JsonNode value : meeting.get(field)) {
                        assertSourced(meeting, field, value.asText(), text);
                        values++;
                    }
                }
                for (String field : List.of("forum", "start", "mode")) {
                    assertSourced(meeting, field, meeting.get(field).asText(), text);
                    values++;
                }
            }
        }
        assertThat(values).isGreaterThan(100);
    }

    private static void assertSourced(JsonNode meeting, String field, String value, String article) {
        String label = "; field " + field + " = " + value + ";";
        JsonNode source = null;
        for (JsonNode s : meeting.get("sources")) {
            if (s.get("pointer").asText().contains(label)) {
                source = s;
            }
        }
        assertThat(source).as(meeting.get("id").asText() + label).isNotNull();
        String pointer = source.get("pointer").asText();
        String[] chars = pointer.replaceAll(".*characters (\\d+)–(\\d+);.*", "$1 $2").split(" ");
        String quote = source.get("quote").asText();
        assertThat(quote).isNotBlank().hasSizeLessThanOrEqualTo(200);
        assertThat(article.substring(Integer.parseInt(chars[0]), Integer.parseInt(chars[1]))).isEqualTo(quote);
    }

    @Test
    void draftsInsideTheFactsFolder_areRefused_exitTwo() {
        Cli.Result result = Cli.run("extract", SEEDS.resolve("004_6897dffb5f1e2058.txt").toString(),
                "--out", "fixtures/drafts");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is inside the facts folder").doesNotContain("Exception");
        assertThat(Path.of("fixtures/drafts")).doesNotExist();
    }

    @Test
    void aMissingArticle_unknownLanguage_orBadPublicationDate_areUsageErrors() {
        Path out = temp.resolve("d");
        assertThat(Cli.run("extract", "no-such-article.txt", "--out", out.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).contains("no-such-article.txt: cannot read the article"));
        String seed = SEEDS.resolve("004_6897dffb5f1e2058.txt").toString();
        assertThat(Cli.run("extract", seed, "--out", out.toString(), "--lang", "de").err())
                .contains("--lang de: unknown language; use ar, en, fr or auto");
        assertThat(Cli.run("extract", seed, "--out", out.toString(), "--published", "2021-10").err())
                .contains("--published 2021-10: not a day");
    }

    @Test
    void aBrokenCueFile_isARulesError_exitFourNamingTheFile() throws IOException {
        Path rules = temp.resolve("rules");
        org.briefingengine.testing.TestFiles.copyTree(Path.of("rules"), rules);
        Files.writeString(rules.resolve("extract/cues.json"), "{\"meeting\": [", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("extract", SEEDS.resolve("004_6897dffb5f1e2058.txt").toString(),
                "--out", temp.resolve("d").toString(), "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains(rules.resolve("extract/cues.json") + ":1:").contains("not valid JSON");
    }

    @Test
    void htmlArticles_areReadAsText_oneParagraphPerBlock() throws IOException {
        Path html = temp.resolve("article.html");
        Files.writeString(html, "<html><head><title>x</title><script>var a = '2019';</script></head><body>"
                + "<p>Nothing here.</p><p>The Paris Peace Forum was held on 11&ndash;13 November 2021 in Paris"
                + " and online.</p></body></html>", StandardCharsets.UTF_8);
        Path out = temp.resolve("d");

        Cli.Result result = Cli.run("extract", html.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String drafts = Files.readString(out.resolve("meetings/article.json"), StandardCharsets.UTF_8);
        assertThat(drafts).contains("\"forum\": \"paris-peace-forum\"").contains("\"start\": \"2021-11-11\"")
                .contains("\"end\": \"2021-11-13\"").contains("\"mode\": \"hybrid\"");
    }
}
