package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built {@code target/briefing.jar}, run as cron would: another working directory, real processes. */
class PackagedJarIT {

    private static final Path JAR = JarProcess.JAR;
    private static final Path FIXTURES = Path.of("fixtures").toAbsolutePath();
    private static final Path RULES = Path.of("rules").toAbsolutePath();

    @TempDir
    Path workDir;

    record Outcome(int exitCode, String out, String err) {
    }

    @Test
    void validate_fromAnotherDirectory_isQuietAndSucceeds() throws Exception {
        Outcome result = jar("validate", "--facts", FIXTURES.toString(), "--rules", RULES.toString(), "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void run_writesThePackAndNoLoggingNoise() throws Exception {
        Outcome result = jar("run", "--period", "2021-Q4", "--facts", FIXTURES.toString(), "--rules", RULES.toString(),
                "--out", "out");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).doesNotContain("SLF4J").doesNotContain("log4j").doesNotContain("WARN")
                .doesNotContain("Exception");
        assertThat(workDir.resolve("out/2021-Q4/findings-2021-Q4.json")).exists();
        assertThat(workDir.resolve("out/2021-Q4/manifest.json")).exists();
        try (var files = Files.list(workDir.resolve("out/2021-Q4"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void lockHeldByAnotherProcess_exitsSix_andIsTakenOverOnceThatProcessIsKilled() throws Exception {
        Path folder = Files.createDirectories(workDir.resolve("out/2021-Q4"));
        Process holder = new ProcessBuilder(java(), "-cp", JAR + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), LockHolder.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("locked");

            Outcome blocked = runQuarter();
            assertThat(blocked.exitCode()).isEqualTo(6);
            assertThat(blocked.err()).contains("pid " + holder.pid());

            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(folder.resolve(".briefing.lock")).as("SIGKILL leaves a stale lock file").exists();
            Outcome after = runQuarter();
            assertThat(after.exitCode()).isZero();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void sigtermMidWrite_leavesNoTemporaryFilesAndNoPartialOutput() throws Exception {
        Path folder = Files.createDirectories(workDir.resolve("out"));
        Process writer = new ProcessBuilder(java(), "-cp", JAR + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), SlowWriter.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("writing");
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".tmp-"));
            }

            writer.destroy();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).isEmpty();
            }
        } finally {
            writer.destroyForcibly();
        }
    }

    @Test
    void badFactFile_exitsThreeNamingFileLineAndId() throws Exception {
        Path facts = workDir.resolve("facts");
        copy(FIXTURES, facts);
        Path meetings = facts.resolve("meetings/paris-peace-forum.json");
        Files.writeString(meetings, Files.readString(meetings).replaceFirst("\"digital-governance\"",
                "\"digital-govrenance\""));

        Outcome result = jar("validate", "--facts", facts.toString(), "--rules", RULES.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).containsPattern("paris-peace-forum\\.json:\\d+:\\d+: /meetings/0/topics/\\d+: "
                + "unknown topic 'digital-govrenance' \\(did you mean 'digital-governance'\\?\\)");
        assertThat(result.err()).doesNotContain("\tat ");
    }

    private Outcome runQuarter() throws Exception {
        return jar("run", "--period", "2021-Q4", "--facts", FIXTURES.toString(), "--rules", RULES.toString(),
                "--out", "out", "--quiet");
    }

    private Outcome jar(String... args) throws IOException, InterruptedException {
        JarProcess.Outcome result = JarProcess.run(workDir, List.of(), args);
        return new Outcome(result.exitCode(), result.out(), result.err());
    }

    private static String java() {
        return JarProcess.java();
    }

    private static void copy(Path from, Path to) throws IOException {
        TestFiles.copyTree(from, to);
    }
}
