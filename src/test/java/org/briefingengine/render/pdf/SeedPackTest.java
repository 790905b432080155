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
                    .contains("civic space; climate; digital governance; inclusion and inequality; and multilateralism")
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
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains(PdfText.asPdfBoxReads("التحالف من أجل تعددية الأطراف"));
        }
    }

    @Test
    void everyCitationInThePacksNamesAPublisherAndTitle_neverAFileName() throws Exception {
        for (String period : java.util.List.of("2021-Q4", "all")) {
            BriefingReport report = SeedReports.of(period);
            org.briefingengine.model.SourceRegister register = report.facts().register();
            for (Meeting meeting : report.facts().meetings()) {
                for (org.briefingengine.model.Source source : meeting.sources()) {
                    assertThat(register.entryFor(source)).as("%s cites %s", meeting.id(), source.document())
                            .hasValueSatisfying(entry -> assertThat(register.citation(source))
                                    .startsWith(entry.publisher() + ", " + entry.title()));
                }
            }
            try (PdfText pdf = PdfText.of(report)) {
                String text = PdfText.squash(pdf.text());
                assertThat(text).as(period).doesNotContain(".txt", "SPEC.md")
                        .contains("Unknown Arabic news outlet, ")
                        .contains("French Ministry for Europe and Foreign Affairs (inferred), ");
                assertThat(text).containsPattern("\\(13 October 2021\\) ¶\\d");
            }
        }
    }

    @Test
    void quarterPack_opensWithTheKeyJudgementsAndStaysWithinTenPages() throws Exception {
        try (PdfText pdf = PdfText.of(SeedReports.of("2021-Q4"))) {
            String front = PdfText.squash(pdf.page(1));
            assertThat(front).contains("Key judgements", "1 A new channel: the EU–OHCHR Strategic Dialogue met for the "
                    + "first time on 13 October 2021", "Evidence: M1", "In this pack").doesNotContain("SHA-256");
            assertThat(pdf.pages()).isLessThanOrEqualTo(10);
            assertThat(nearlyEmptyPages(pdf)).isEmpty();
        }
    }

    @Test
    void quarterPack_keepsItsLowSeverityFindingsOffTheKeyJudgements_whileWeightierOnesExist() throws Exception {
        try (PdfText pdf = PdfText.of(SeedReports.of("2021-Q4"))) {
            String judgements = judgements(pdf);
            assertThat(judgements).contains("4 The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared five themes")
                    .doesNotContain("Migration appears for the first time");
            assertThat(judgements.split("Evidence:", -1)).as("four judgements, each with its evidence").hasSize(5);
            // first in the record only because the record holds no earlier meeting of its forum: info, the workbook's
            assertThat(PdfText.squash(pdf.text())).doesNotContain("Migration appears for the first time in this record")
                    .contains("First in record topic: 3 findings, listed in the workbook (Findings sheet).");
        }
    }

    @Test
    void yearPack_statesARuleThatFoundTheSameForManyTopicsOnce_namingTheOthers() throws Exception {
        try (PdfText pdf = PdfText.of(SeedReports.of("2021"))) {
            String judgements = judgements(pdf);
            assertThat(judgements).contains("Digital governance was raised in four forums in 2021",
                    "Similar findings for climate; multilateralism and rules-based order; human rights; and five more "
                            + "(the workbook lists them all).",
                    "Human rights were raised for the first time in this record in 2021",
                    "Similar findings for COVID-19 response and recovery; health; and religion and mediation.");
            String summary = PdfText.squash(pdf.text());
            int table = summary.indexOf("Other top findings");
            summary = summary.substring(table, summary.indexOf("Outlook", table));
            assertThat(summary).as("the table does not restate what the judgements name")
                    .doesNotContain("Climate was raised in", "Health was raised for the first time");
        }
    }

    @Test
    void keyJudgements_printTheirWholeSentence_whereTablesWouldCutIt() throws Exception {
        try (PdfText pdf = PdfText.of(SeedReports.of("2019"))) {
            String judgements = judgements(pdf);
            assertThat(judgements).contains("were raised for the first time in this record in 2019",
                            "had not raised them at either of two earlier recorded meetings.")
                    .doesNotContain("the workbook has the full statement");
        }
    }

    @Test
    void emptyQuarterPack_isAtMostThreePagesWithNoNearlyEmptyPage() throws Exception {
        try (PdfText pdf = PdfText.of(SeedReports.of("2022-Q1"))) {
            assertThat(pdf.pages()).isLessThanOrEqualTo(3);
            assertThat(nearlyEmptyPages(pdf)).isEmpty();
        }
    }

    @Test
    void wholeRecordPack_hasNoNearlyEmptyPage() throws Exception {
        try (PdfText pdf = PdfText.of(SeedReports.of("all"))) {
            assertThat(pdf.pages()).isLessThanOrEqualTo(40);
            assertThat(nearlyEmptyPages(pdf)).isEmpty();
        }
    }

    /** Pages with fewer than 8 lines of text besides the running header and footer. */
    private static java.util.List<Integer> nearlyEmptyPages(PdfText pdf) {
        java.util.List<Integer> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= pdf.pages(); page++) {
            long lines = pdf.page(page).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .filter(l -> !l.startsWith("Briefing pack · ") && !l.equals("RESTRICTED") && !l.startsWith("Page "))
                    .count();
            if (lines < 8) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** Page 1 from "Key judgements" to the contents, white space squashed. */
    private static String judgements(PdfText pdf) {
        String front = PdfText.squash(pdf.page(1));
        return front.substring(front.indexOf("Key judgements"), front.indexOf("In this pack"));
    }
}
