package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.testing.SampleReports;
import org.briefingengine.testing.SeedReports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packs as other tools see them: {@code qpdf --check} finds no damage and {@code pdffonts} lists every font as
 * embedded. Skipped where the tools are missing, except on CI ({@code CI=true}), which installs them.
 */
class PdfToolsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"quarter", "empty"})
    void qpdfFindsNoErrors(String which) throws Exception {
        requireTool("qpdf");
        Path file = write(which);
        Result check = run("qpdf", "--check", file.toString());
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("No syntax or stream encoding errors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarter", "empty"})
    void pdffontsListsEveryFontAsEmbedded(String which) throws Exception {
        requireTool("pdffonts");
        Path file = write(which);
        Result fonts = run("pdffonts", file.toString());
        assertThat(fonts.exit()).as(fonts.output()).isZero();
        List<String> lines = fonts.output().lines().toList();
        int emb = lines.get(0).indexOf("emb");
        List<String> rows = lines.subList(2, lines.size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.substring(emb, emb + 3)).as(row).isEqualTo("yes");
            assertThat(row).doesNotContainIgnoringCase("Helvetica");
        });
    }

    @Test
    void pdftotextFindsArabicInLogicalOrderWithoutNormalisation() throws Exception {
        requireTool("pdftotext");
        Path file = dir.resolve("briefing-2021-Q4.pdf");
        Files.write(file, PdfText.render(SeedReports.of("2021-Q4")));
        Result text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        assertThat(text.exit()).as(text.output()).isZero();
        // No NFKC here: the text holds the base letters a reader types into a search box.
        assertThat(text.output()).contains("منتدى باريس للسلام", "الاتحاد الأوروبي")
                .doesNotContain("\uFEE3\uFEE8\uFE98\uFEAA\uFEEF");
    }

    @Test
    void documentLanguageIsSet() throws Exception {
        requireTool("qpdf");
        Path file = write("quarter");
        Result root = run("qpdf", "--json", "--json-key=qpdf", file.toString());
        assertThat(root.exit()).as(root.output()).isZero();
        assertThat(root.output()).contains("\"/Lang\": \"u:en-GB\"");
    }

    private Path write(String which) throws IOException {
        BriefingReport report = which.equals("empty") ? SampleReports.emptyQuarter() : SampleReports.quarter2021Q4();
        Path file = dir.resolve("briefing-" + which + ".pdf");
        Files.write(file, PdfText.render(report));
        return file;
    }

    private static void requireTool(String tool) {
        boolean present;
        try {
            present = run(tool, "-v").exit() >= 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(tool + " is not on the PATH; CI must install qpdf and poppler-utils");
            }
            Assumptions.abort(tool + " is not on the PATH (install qpdf and poppler-utils to run this check)");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
    }
}
