package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing validate} as an analyst or cron meets it: exit codes, one line per problem, no stack traces. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    /** Exit code and what the command printed. */
    @Test
    void bundledFixtures_validate_exitZeroWithAnOkLine() {
        Cli.Result result = validate();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("OK: 12 meetings, 6 forums, ").contains(" rules; 0 warning(s)");
        assertThat(result.err()).doesNotContain("briefing:");
    }

    @Test
    void malformedMeetingFile_exitsThreeNamingFileAndLine() throws IOException {
        Path facts = copyOfFixtures();
        Path broken = facts.resolve("meetings/paris-peace-forum.json");
        int line = removeCommaAfter(broken, "\"forum\": \"paris-peace-forum\",");

        Cli.Result result = validate("--facts", facts.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("briefing: " + broken + ":" + (line + 1) + ":7: malformed JSON: ")
                .contains("briefing: 1 problem(s) in 1 file(s); fix them and run 'validate' again");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void misspeltTopicId_exitsThreeNamingFileLineAndTheSuggestion() throws IOException {
        Path facts = copyOfFixtures();
        Path meetings = facts.resolve("meetings/eu-ohchr-dialogue.json");
        int line = replaceFirst(meetings, "\"digital-governance\"", "\"digital-govrenance\"");

        Cli.Result result = validate("--facts", facts.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("briefing: " + meetings + ":" + line + ":9: /meetings/0/topics/5: "
                + "unknown topic 'digital-govrenance' (did you mean 'digital-governance'?)");
    }

    @Test
    void problemsInSeveralFiles_areAllListed_thenSummarised() throws IOException {
        Path facts = copyOfFixtures();
        replaceFirst(facts.resolve("meetings/eu-ohchr-dialogue.json"), "\"digital-governance\"",
                "\"digital-govrenance\"");
        replaceFirst(facts.resolve("meetings/unsc.json"), "\"mediation\"", "\"mediaton\"");
        replaceFirst(facts.resolve("meetings/unsc.json"), "\"forum\": \"unsc\"", "\"forum\": \"un-sc\"");

        Cli.Result result = validate("--facts", facts.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        List<String> lines = result.err().lines().filter(l -> l.startsWith("briefing: ")).toList();
        assertThat(lines).hasSize(4).last().isEqualTo("briefing: 3 problem(s) in 2 file(s); fix them and run "
                + "'validate' again");
        assertThat(lines.subList(0, 3)).allMatch(l -> l.matches("briefing: .+\\.json:\\d+:\\d+: /meetings/.+"));
    }

    @Test
    void failure_printsNoStackTrace() throws IOException {
        Path facts = copyOfFixtures();
        removeCommaAfter(facts.resolve("meetings/paris-peace-forum.json"), "\"forum\": \"paris-peace-forum\",");

        Cli.Result result = validate("--facts", facts.toString());

        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void failureWithDebug_printsTheStackTrace() throws IOException {
        Path facts = copyOfFixtures();
        removeCommaAfter(facts.resolve("meetings/paris-peace-forum.json"), "\"forum\": \"paris-peace-forum\",");

        Cli.Result result = validate("--facts", facts.toString(), "--debug");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("BriefingException").contains("\tat ");
    }

    @Test
    void coChairWarning_isPrintedButValidationPasses() throws IOException {
        Path facts = copyOfFixtures();
        Path meetings = facts.resolve("meetings/paris-peace-forum.json");
        Files.writeString(meetings, Files.readString(meetings).replaceFirst("\"hosts\": \\[", "\"hosts\": [\"DEU\", "));

        Cli.Result result = validate("--facts", facts.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("level=warn").contains("host 'DEU' is not among the participants");
        assertThat(result.out()).contains("1 warning(s)");
    }

    @Test
    void missingFactsFolder_exitsThreeNamingIt() {
        Path nowhere = temp.resolve("no-facts");

        Cli.Result result = validate("--facts", nowhere.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("briefing: " + nowhere + ": facts folder not found");
    }

    @Test
    void help_exitsZeroAndListsTheOptions() {
        Cli.Result result = Cli.run("validate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--facts").contains("--rules").contains("--debug");
    }

    @Test
    void unknownOption_isAUsageError() {
        Cli.Result result = Cli.run("validate", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--no-such-option").contains("see 'briefing validate --help'")
                .doesNotContain("\tat ");
    }

    @Test
    void version_exitsZero() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("briefing ");
    }

    private Cli.Result validate(String... options) {
        return Cli.run(Stream.concat(Stream.of("validate"), Stream.of(options)).toArray(String[]::new));
    }

    private Path copyOfFixtures() throws IOException {
        return TestFiles.copyTree(Path.of("fixtures"), temp.resolve("facts"));
    }

    /** Drops the comma that ends the first line holding {@code text}; returns that line's number. */
    private static int removeCommaAfter(Path file, String text) throws IOException {
        return edit(file, text, l -> l.substring(0, l.lastIndexOf(',')));
    }

    /** Replaces the first occurrence of {@code from}; returns the number of the line it was on. */
    private static int replaceFirst(Path file, String from, String to) throws IOException {
        return edit(file, from, l -> l.replace(from, to));
    }

    private static int edit(Path file, String text, UnaryOperator<String> change) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                lines.set(i, change.apply(lines.get(i)));
                Files.write(file, lines);
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " not found in " + file);
    }
}
