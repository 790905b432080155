package org.briefingengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.render.ReportWriter;
import org.briefingengine.render.excel.WorkbookWriter;
import org.briefingengine.render.json.FindingsJsonWriter;
import org.briefingengine.render.pdf.PdfBriefingWriter;
import org.briefingengine.testing.SampleReports;
import org.briefingengine.testing.SeedReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small pack's writers run side by side: the same bytes as one after another, and still all or nothing. */
class SideBySideWritesTest {

    private static final Clock CLOCK = Clock.fixed(SampleReports.GENERATED_AT, ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void writersSideBySide_writeTheSameBytesAsOneAfterAnother() throws IOException {
        BriefingReport report = SeedReports.of("2021-Q4");
        List<ReportWriter> writers = List.of(new FindingsJsonWriter(), new WorkbookWriter(), new PdfBriefingWriter());

        Map<String, byte[]> sideBySide = written(writers, report, true);
        Map<String, byte[]> oneAfterAnother = written(writers, report, false);

        assertThat(sideBySide).containsOnlyKeys("findings-2021-Q4.json", "briefing-2021-Q4.xlsx",
                "briefing-2021-Q4.pdf");
        sideBySide.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(oneAfterAnother.get(name)));
    }

    @Test
    void aWriterFailingWhileAnotherStillWrites_leavesThePreviousPackAndNoTemporaryFiles() throws IOException {
        BriefingPipeline first = new BriefingPipeline(List.of(new FindingsJsonWriter()), "test", StageListener.NONE);
        first.run(request());
        Path folder = temp.resolve("out/2021-Q4");
        Map<String, String> previous = contents(folder);
        CountDownLatch failed = new CountDownLatch(1);
        AtomicBoolean slowOneFinished = new AtomicBoolean();
        List<ReportWriter> writers = List.of(new FindingsJsonWriter(),
                new Writer("xlsx", out -> {
                    out.write(new byte[4096]);
                    await(failed);
                    out.write(new byte[4096]);
                    slowOneFinished.set(true);
                }),
                new Writer("pdf", out -> {
                    out.write(new byte[1024]);
                    failed.countDown();
                    throw new IOException("No space left on device");
                }));

        assertThatThrownBy(() -> new BriefingPipeline(writers, "test", StageListener.NONE).run(request()))
                .isInstanceOfSatisfying(BriefingException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT))
                .hasMessageContaining(folder + ": cannot write the report").hasMessageContaining("No space left");
        assertThat(slowOneFinished).as("the slow writer was waited for before cleaning up").isTrue();
        assertThat(contents(folder)).isEqualTo(previous);
    }

    @Test
    void twoWritersFailing_reportTheFirstInTheWritersOrder() {
        CountDownLatch pdfFailed = new CountDownLatch(1);
        List<ReportWriter> writers = List.of(new FindingsJsonWriter(),
                new Writer("xlsx", out -> {
                    await(pdfFailed);
                    throw new IOException("the workbook failed");
                }),
                new Writer("pdf", out -> {
                    pdfFailed.countDown();
                    throw new IOException("the PDF failed");
                }));

        assertThatThrownBy(() -> new BriefingPipeline(writers, "test", StageListener.NONE).run(request()))
                .hasMessageContaining("the workbook failed").hasMessageNotContaining("the PDF failed");
        assertThat(temp.resolve("out/2021-Q4")).isEmptyDirectory();
    }

    private RunRequest request() {
        return new RunRequest(Path.of("fixtures"), Path.of("rules"), PeriodSpec.parse("2021-Q4"), temp.resolve("out"),
                CLOCK);
    }

    private Map<String, byte[]> written(List<ReportWriter> writers, BriefingReport report, boolean sideBySide)
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve(sideBySide ? "side-by-side" : "one-after-another"));
        try (AtomicOutput output = new AtomicOutput(folder)) {
            StagedWrites.stage(writers, report, output, sideBySide);
            output.commit();
        }
        Map<String, byte[]> bytes = new TreeMap<>();
        for (Path file : files(folder)) {
            bytes.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return bytes;
    }

    /** Every file in the folder, temporary ones included, by name and content. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : files(folder)) {
            contents.put(file.getFileName().toString(), Files.readString(file));
        }
        return contents;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> !f.getFileName().toString().equals(OutputLock.FILE)).toList());
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the other writer never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A writer whose bytes the test decides. */
    private record Writer(String extension, AtomicOutput.Content content) implements ReportWriter {
        @Override
        public void write(BriefingReport report, OutputStream out) throws IOException {
            content.writeTo(out);
        }
    }
}
