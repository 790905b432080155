package org.briefingengine.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file as bytes: the same report gives the same workbook, whatever the clock or time zone. */
class WorkbookBytesTest {

    @TempDir
    Path dir;

    @Test
    void metadataComesFromTheReportNotTheClock() throws IOException {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.write(SampleReports.quarter2021Q4(), dir, "metadata"))) {
            var core = book.getProperties().getCoreProperties();

            assertThat(core.getCreated().toInstant()).isEqualTo(SampleReports.GENERATED_AT);
            assertThat(core.getModified().toInstant()).isEqualTo(SampleReports.GENERATED_AT);
            assertThat(core.getCreator()).isEqualTo("Briefing Engine");
            assertThat(core.getTitle()).isEqualTo("Briefing 2021-Q4");
            assertThat(book.getProperties().getCustomProperties().getProperty("factsHash").getLpwstr())
                    .isEqualTo(SampleReports.quarter2021Q4().inputs().factsHash());
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new WorkbookWriter().write(SampleReports.quarter2021Q4(), first);
        Thread.sleep(2_100);
        new WorkbookWriter().write(SampleReports.quarter2021Q4(), second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void theSameReportGivesTheSameBytesInEveryTimeZone() throws Exception {
        ByteArrayOutputStream here = new ByteArrayOutputStream();
        ByteArrayOutputStream tokyo = new ByteArrayOutputStream();
        TimeZone original = TimeZone.getDefault();
        new WorkbookWriter().write(SampleReports.quarter2021Q4(), here);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            new WorkbookWriter().write(SampleReports.quarter2021Q4(), tokyo);
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(tokyo.toByteArray()).isEqualTo(here.toByteArray());
    }

    @Test
    void theZipReadsWithJavaUtilZipAndCarriesTheReportTime() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new WorkbookWriter().write(SampleReports.quarter2021Q4(), bytes);
        List<String> entries = new ArrayList<>();

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                zip.readAllBytes();
                entries.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 23, 6, 0));
            }
        }
        assertThat(entries).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }
}
