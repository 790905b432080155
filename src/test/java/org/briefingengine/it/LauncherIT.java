package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code target/briefing} that {@code mvn package} installs, run as cron and a user would. */
class LauncherIT {

    private static final Path TARGET = JarProcess.JAR.getParent();
    private static final Path LAUNCHER = TARGET.resolve("briefing");
    private static final Path FIXTURES = Path.of("fixtures").toAbsolutePath();
    private static final Path RULES = Path.of("rules").toAbsolutePath();

    @TempDir
    Path workDir;

    @Test
    void isInstalledExecutableBesideTheJar() {
        assertThat(LAUNCHER).isExecutable();
    }

    @Test
    void version_fromAnotherDirectory_printsTheVersionAndNothingElse() throws Exception {
        JarProcess.Outcome result = launch(LAUNCHER, Map.of(), "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("briefing \\S+\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void run_throughASymbolicLink_writesThePackWithoutArchiveNoise() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(workDir.resolve("bin")).resolve("briefing"),
                LAUNCHER);

        JarProcess.Outcome result = launch(link, Map.of(), "run", "--period", "2021-Q4", "--facts",
                FIXTURES.toString(), "--rules", RULES.toString(), "--out", "out", "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(workDir.resolve("out/2021-Q4/briefing-2021-Q4.pdf")).isNotEmptyFile();
        assertThat(workDir.resolve("out/2021-Q4/briefing-2021-Q4.xlsx")).isNotEmptyFile();
    }

    @Test
    void aCorruptClassDataSharingArchive_onlyCostsSpeed() throws Exception {
        Path copy = Files.createDirectories(workDir.resolve("install"));
        Files.copy(LAUNCHER, copy.resolve("briefing"));
        Files.createSymbolicLink(copy.resolve("briefing.jar"), JarProcess.JAR);
        Files.createSymbolicLink(copy.resolve("lib"), TARGET.resolve("lib"));
        Files.writeString(copy.resolve("briefing.jsa"), "not an archive");
        Files.writeString(copy.resolve("briefing.jsa.jvm"), JarProcess.java());

        JarProcess.Outcome result = launch(copy.resolve("briefing"), Map.of(), "validate", "--facts",
                FIXTURES.toString(), "--rules", RULES.toString(), "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEmpty();
    }

    private JarProcess.Outcome launch(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(finished).as("launcher finished in time").isTrue();
        return new JarProcess.Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
