package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingengine.it.JarProcess.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run from another folder, and on a full disk. */
class FoldersAndDiskIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path workDir;

    @Test
    void fromAnotherFolder_theErrorSaysWhereItLookedAndHowToPointElsewhere() throws Exception {
        Outcome lost = JarProcess.run(workDir, List.of(), "validate");

        assertThat(lost.exitCode()).isEqualTo(4);
        assertThat(lost.firstErrorLine()).isEqualTo("briefing: " + workDir.resolve("rules") + ": rules folder not found "
                + "(looked in " + workDir + "); pass --rules DIR, or set BRIEFING_HOME to the folder that holds fixtures/ "
                + "and rules/ (see README, 'Running from another folder')");
    }

    @Test
    void fromAnotherFolder_withBriefingHome_usesItsFolders() throws Exception {
        Outcome found = JarProcess.run(workDir, List.of(), Map.of("BRIEFING_HOME", PROJECT.toString()), "validate",
                "--quiet");

        assertThat(found.exitCode()).as(found.err()).isZero();
    }

    @Test
    void aFullDisk_exitsFive_andLeavesNoLockFile() throws Exception {
        Path disk = Files.createDirectories(workDir.resolve("disk"));
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0,
                "needs permission to mount a small tmpfs (root in a container)");
        try {
            Files.createDirectories(disk.resolve("out/2021-Q4"));
            command("dd", "if=/dev/zero", "of=" + disk.resolve("filler"), "bs=1k", "count=2048");

            Outcome run = JarProcess.run(workDir, List.of(), "run", "--period", "2021-Q4", "--facts",
                    PROJECT.resolve("fixtures").toString(), "--rules", PROJECT.resolve("rules").toString(), "--out",
                    disk.resolve("out").toString(), "--quiet");

            assertThat(run.exitCode()).isEqualTo(5);
            assertThat(run.firstErrorLine()).contains("No space left on device");
            try (Stream<Path> files = Files.list(disk.resolve("out/2021-Q4"))) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).isEmpty();
            }
        } finally {
            command("umount", disk.toString());
        }
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
