package org.briefingengine.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in a second, independent implementation: LibreOffice converts it headless to CSV. Skipped
 * on a developer machine without LibreOffice, but failed on CI, which installs it, so the check cannot silently
 * stop running there.
 */
class LibreOfficeConversionTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheWorkbookAndConvertsItToCsv() throws Exception {
        Optional<Path> office = findOffice();
        if (office.isEmpty()) {
            boolean onCi = "true".equalsIgnoreCase(System.getenv("CI"));
            assertThat(onCi).as("CI=true but neither soffice nor libreoffice is on PATH").isFalse();
            Assumptions.abort("LibreOffice (soffice) is not installed");
        }
        Path workbook = Workbooks.write(SampleReports.quarter2021Q4(), dir, "briefing-2021-Q4");
        Path out = Files.createDirectories(dir.resolve("csv"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));

        Process process = new ProcessBuilder(office.get().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "csv", "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);

        assertThat(finished).as("soffice finished within %d s; log: %s", TIMEOUT_SECONDS, log).isTrue();
        assertThat(process.exitValue()).as("soffice exit code; log: %s", log).isZero();
        Path csv = out.resolve("briefing-2021-Q4.csv");
        assertThat(csv).as("log: %s", log).exists();
        // LibreOffice exports the first sheet, which is the summary.
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Briefing 2021-Q4", "RESTRICTED");
    }

    private static Optional<Path> findOffice() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : List.of("soffice", "libreoffice")) {
            Optional<Path> found = Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isBlank())
                    .map(p -> Path.of(p, name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
