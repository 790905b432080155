package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;

/** Packs for an empty quarter and for reports shaped unlike the sample. */
class VariantPacksTest {

    @Test
    void emptyQuarter_isAShortValidPackThatSaysNothingMet() throws Exception {
        try (PdfText pdf = PdfText.of(SampleReports.emptyQuarter())) {
            assertThat(pdf.pages()).isBetween(2, 3);
            assertThat(PdfText.squash(pdf.page(1))).contains("Briefing pack: January to March 2022",
                    "No meetings were recorded in the first quarter of 2022");
            assertThat(pdf.bookmarks()).extracting(PdfText.Bookmark::title).containsExactly("Key judgements",
                    "Summary and top findings", "Outlook", "Trends", "Annex A: Data quality", "Annex B: Sources",
                    "Method and limits", "About this pack");
            assertThat(pdf.text()).contains("No meetings were recorded in the first quarter of 2022", "Page 1 of " + pdf.pages());
            // The trend window still has data, so its chart and table are there.
            assertThat(pdf.text()).contains("Trends", "Digital governance", "2021-Q4");
            assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void emptyQuarter_stillCitesTheEarlierMeetingsItsFindingsRestOn() throws Exception {
        try (PdfText pdf = PdfText.of(ReportVariants.emptyQuarterWithEvidence())) {
            String text = pdf.text();
            assertThat(PdfText.squash(text)).contains("Other meetings cited as evidence", "Paris Peace Forum: Paris Peace Forum,");
            assertThat(PdfText.compact(text)).contains("(ppf-2021-4th-edition)", "(euohchr-2021-10-first-dialogue)");
            assertThat(PdfText.squash(text)).containsPattern("Civic space was raised in 2021-Q4 but not in 2022-Q1\\. "
                    + "medium M\\d");
        }
    }

    @Test
    void trendFindingsOfAnUnknownRuleGetTheirOwnGroup() throws Exception {
        try (PdfText pdf = PdfText.of(ReportVariants.emptyQuarterWithEvidence())) {
            assertThat(pdf.text()).contains("Fading topic (1)", "Surging topic (1)");
            assertThat(pdf.text().indexOf("Fading topic (1)")).isLessThan(pdf.text().indexOf("Surging topic (1)"));
        }
    }

    @Test
    void unclassifiedReport_hasNoBannerButIsOtherwiseComplete() throws Exception {
        try (PdfText pdf = PdfText.of(ReportVariants.unclassified())) {
            assertThat(pdf.text()).doesNotContain("RESTRICTED").contains("Briefing pack · 2021-Q4",
                    "Page 2 of " + pdf.pages());
        }
    }

    @Test
    void manyLongForumNames_keyTheHeatMapColumns() throws Exception {
        BriefingReport report = ReportVariants.sevenForums();
        try (PdfText pdf = PdfText.of(report)) {
            String text = PdfText.squash(pdf.text());
            assertThat(text).contains("F1", "F7", "Key Forum Name in Arabic",
                    "F7 Intergovernmental consultations on regional arrangements number 7 —");
            assertThat(pdf.bookmarks()).extracting(PdfText.Bookmark::title).filteredOn(t -> t.startsWith("Inter"))
                    .hasSize(7);
            List<String> ids = report.meetings().stream().map(m -> m.id()).toList();
            String annex = PdfText.compact(pdf.text(pageOf(pdf, "Annex B: Sources"), pdf.pages()));
            assertThat(ids).allSatisfy(id -> assertThat(annex).contains("(" + id + ")"));
        }
    }

    private static int pageOf(PdfText pdf, String bookmark) {
        return pdf.bookmarks().stream().filter(b -> b.title().equals(bookmark)).findFirst().orElseThrow().page();
    }
}
