package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Meeting;
import org.briefingengine.testing.SeedReports;
import org.junit.jupiter.api.Test;

/** The packs analysts will read, made by the real pipeline from the seed facts and shipped rules. */
class SeedPackTest {

    @Test
    void quarterPack_namesTheTwoForumsThatMetAndTheirOverlaps() throws Exception {
        BriefingReport report = SeedReports.of("2021-Q4");

        try (PdfText pdf = PdfText.of(report)) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text).contains("Paris Peace Forum").contains("EU–OHCHR Strategic Dialogue")
                    .contains("The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared five themes in the fourth")
                    .contains("Civic space, Climate, Digital governance, Inclusion and inequality and Multilateralism")
                    .contains("A new channel: the EU–OHCHR Strategic Dialogue met for the first time on 13 October 2021");
            assertThat(pdf.bookmarks()).extracting(b -> b.title())
                    .contains("Paris Peace Forum", "EU–OHCHR Strategic Dialogue");
        }
    }

    @Test
    void quarterPack_citesEveryMeetingOfThePeriodInTheSourcesAnnex() throws Exception {
        BriefingReport report = SeedReports.of("2021-Q4");

        try (PdfText pdf = PdfText.of(report)) {
            String annex = pdf.text().replaceAll("\\s+", " ");
            annex = annex.substring(annex.lastIndexOf("Annex B")).replace("- ", "-");
            for (Meeting meeting : report.meetings()) {
                assertThat(annex).contains(meeting.id());
            }
            assertThat(report.meetings()).extracting(Meeting::id)
                    .containsExactlyInAnyOrder("ppf-2021-4th-edition", "euohchr-2021-10-first-dialogue");
        }
    }

    @Test
    void wholeRecordPack_carriesTheAllianceArabicNameExtractably() throws Exception {
        BriefingReport report = SeedReports.of("all");

        try (PdfText pdf = PdfText.of(report)) {
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains("التحالف من أجل تعددية الأطراف");
        }
    }
}
