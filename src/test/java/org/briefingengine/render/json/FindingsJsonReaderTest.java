package org.briefingengine.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A findings file read back gives the findings that were written. */
class FindingsJsonReaderTest {

    @TempDir
    Path dir;

    @Test
    void writtenFindings_readBackEqual() throws IOException {
        BriefingReport report = SampleReports.quarter2021Q4();
        Path file = write(report, dir.resolve("2021-Q4"));

        FindingsJsonReader.FindingsFile read = FindingsJsonReader.read(file);

        assertThat(read.period()).isEqualTo("2021-Q4");
        assertThat(read.version()).isEqualTo(report.version());
        assertThat(read.findings()).isNotEmpty().isEqualTo(report.findings());
    }

    @Test
    void readAllUnder_skipsFilesThatAreNotFindings() throws IOException {
        Path good = write(SampleReports.quarter2021Q4(), dir.resolve("2021-Q4"));
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/findings-2021-Q3.json"), "{\"period\": 3}");

        assertThat(FindingsJsonReader.readAllUnder(dir)).extracting(FindingsJsonReader.FindingsFile::file)
                .containsExactly(good);
    }

    @Test
    void notAFindingsFile_isAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("findings-x.json");
        Files.writeString(file, "{\"period\": \"2021-Q4\", \"findings\": [{\"category\": \"nonsense\"}]}");

        assertThatThrownBy(() -> FindingsJsonReader.read(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ": not a findings file");
    }

    private static Path write(BriefingReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        FindingsJsonWriter writer = new FindingsJsonWriter();
        Path file = folder.resolve(writer.fileName(report.period().label()));
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(report, out);
        }
        return file;
    }
}
