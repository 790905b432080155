package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Source;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2021-Q4 sample pack, read back with PDFBox: structure, content, Arabic, numbering, metadata and fonts. */
class PdfBriefingWriterTest {

    private static final List<String> SECTIONS = List.of("Summary and top findings", "Outlook", "Trends",
            "Cross-forum overlaps", "Actors", "Forums that met", "Annex A: Data quality", "Annex B: Sources",
            "Method and limits", "About this pack");
    private static final String ALLIANCE_AR = "التحالف من أجل تعددية الأطراف";
    private static final String PPF_AR = "منتدى باريس للسلام";

    private static BriefingReport report;
    private static PdfText pdf;

    @BeforeAll
    static void render() {
        report = SampleReports.quarter2021Q4();
        pdf = PdfText.of(report);
    }

    @Test
    void writesPdfExtension() {
        assertThat(new PdfBriefingWriter().extension()).isEqualTo("pdf");
        assertThat(new PdfBriefingWriter().fileName("2021-Q4")).isEqualTo("briefing-2021-Q4.pdf");
        assertThat(new String(pdf.bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void frontPageCarriesTitlePeriodInWordsAndTheKeyJudgementsWithTheirEvidence() {
        String front = PdfText.squash(pdf.page(1));
        assertThat(front).contains("Briefing pack: October to December 2021", "1 October 2021 to 31 December 2021",
                "RESTRICTED", "Key judgements", "1 Digital governance was raised in 2 forums in 2021-Q4.",
                "Evidence: M1, M2", "In this pack");
        // Data quality is for the annex, not the front page; hashes are on the last page; a low-severity finding is
        // not a key judgement while a weightier one is (it stays in the summary's table).
        assertThat(front).doesNotContain("Alliance ministerial is dated only", "SHA-256", "2 EU and OHCHR co-chaired");
    }

    @Test
    void summary_saysHowManyMeetingsHaveNoTopicRecorded_whichTheSharesLeaveOut() {
        assertThat(PdfText.squash(pdf.text())).doesNotContain("no topic recorded");
        org.briefingengine.model.Meeting m = report.meetings().get(0);
        org.briefingengine.model.Meeting untagged = new org.briefingengine.model.Meeting(m.id() + "-untagged", m.forum(),
                m.title(), m.start(), m.end(), m.place(), m.mode(), m.level(), m.coChairs(), m.hosts(),
                m.participants(), m.people(), m.participantCount(), m.participantNote(), List.of(), m.initiatives(),
                m.outcomes(), m.sources(), m.edition(), java.util.Map.of(), m.roles());
        List<org.briefingengine.model.Meeting> meetings = new java.util.ArrayList<>(report.meetings());
        meetings.add(untagged);
        BriefingReport withUntagged = new BriefingReport(report.period(), report.generatedAt(), report.version(),
                report.inputs(), report.facts(), meetings, report.imprecise(), report.findings(), report.trend(),
                report.overlap(), report.audit(), report.parameters(), report.options(), report.sinceLast());

        assertThat(PdfText.squash(PdfText.of(withUntagged).text())).contains("1 of them has no topic recorded, so "
                + "topic shares count the other " + report.meetings().size() + ".");
    }

    @Test
    void withAPreviousPack_eachKeyJudgementSaysWhetherItIsNewChangedOrCarriedOver_andIsNotRestated() throws Exception {
        org.briefingengine.model.Finding digital = report.summary().get(0);
        org.briefingengine.model.Finding earlier = new org.briefingengine.model.Finding(digital.id(), digital.rule(),
                digital.category(), digital.severity(), digital.salience(), digital.statement(), digital.subject(),
                "2021-Q3", digital.forums(), digital.actors(), digital.meetings().subList(0, 1), digital.topics());
        var changes = new org.briefingengine.analysis.FindingChanges("2021-Q3", "2021-Q4", List.of(), List.of(),
                List.of(new org.briefingengine.analysis.FindingChanges.Change(earlier, digital,
                        List.of("evidence 1 → 2 meetings"))));
        try (PdfText since = PdfText.of(report.withSinceLast(changes))) {
            String text = PdfText.squash(since.text());
            assertThat(PdfText.squash(since.page(1))).contains("1 Digital governance was raised in 2 forums in 2021-Q4.",
                    "Evidence: M1, M2 · changed since the 2021-Q3 pack");
            assertThat(text).contains("Findings that changed (1)", "Key judgement 1 has changed: page 1 states it.")
                    .doesNotContain("Finding now");
        }
        var none = new org.briefingengine.analysis.FindingChanges("2021-Q3", "2021-Q4", List.of(), List.of(),
                List.of());
        try (PdfText same = PdfText.of(report.withSinceLast(none))) {
            assertThat(PdfText.squash(same.page(1))).contains("Evidence: M1, M2 · also in the 2021-Q3 pack");
        }
    }

    @Test
    void aboutPageAtTheBackCarriesGenerationTimeVersionAndFullHashes() {
        int about = pageOf("About this pack");
        assertThat(about).isGreaterThanOrEqualTo(pdf.pages() - 1);
        String text = pdf.text(about, pdf.pages());
        assertThat(PdfText.squash(text)).contains("23 November 2026, 06:00 UTC", "Briefing Engine 0.1.0-test");
        assertThat(PdfText.compact(text)).contains("SHA-256" + report.inputs().factsHash() + "over1file");
    }

    @Test
    void everySectionHasAHeadingAndABookmarkOnThePageItStarts() {
        List<PdfText.Bookmark> bookmarks = pdf.bookmarks();
        assertThat(bookmarks).extracting(PdfText.Bookmark::title).containsAll(SECTIONS).contains("Key judgements");
        for (String section : SECTIONS) {
            PdfText.Bookmark mark = bookmarks.stream().filter(b -> b.title().equals(section)).findFirst().orElseThrow();
            assertThat(mark.level()).isEqualTo(1);
            assertThat(pdf.page(mark.page())).as("page %d opens %s", mark.page(), section).contains(section);
        }
    }

    @Test
    void everyForumThatMetHasABookmarkedPageUnderForums() {
        List<PdfText.Bookmark> bookmarks = pdf.bookmarks();
        for (String forum : report.forumsThatMet()) {
            String name = report.facts().nameOf(forum);
            PdfText.Bookmark mark = bookmarks.stream().filter(b -> b.title().equals(name)).findFirst().orElseThrow();
            assertThat(mark.level()).isEqualTo(2);
            assertThat(PdfText.squash(pdf.page(mark.page()))).contains(name, PdfText.asPdfBoxReads(report.facts().arabicNameOf(forum)));
        }
        assertThat(bookmarks).extracting(PdfText.Bookmark::title).contains("Paris Peace Forum",
                "EU–OHCHR Strategic Dialogue");
    }

    @Test
    void contentsOnTheFrontPageGiveThePagesTheSectionsStartOn() {
        String contents = pdf.page(1);
        for (PdfText.Bookmark mark : pdf.bookmarks()) {
            if (mark.title().equals("Key judgements")) {
                continue;
            }
            assertThat(contents).containsPattern("(?m)^\\s*" + Pattern.quote(mark.title())
                    + "\\s+" + mark.page() + "\\s*$");
        }
    }

    @Test
    void namesTheForumsAndTheDigitalGovernanceOverlap() {
        String text = pdf.text();
        assertThat(text).contains("Paris Peace Forum", "EU–OHCHR Strategic Dialogue",
                "Digital governance was raised in 2 forums in 2021-Q4.");
        int overlaps = pageOf("Cross-forum overlaps");
        assertThat(PdfText.squash(pdf.text(overlaps, pageOf("Actors")))).contains("Digital governance",
                "Forum similarity", "Topic overlap (1)", "high M1, M2");
    }

    @Test
    void summaryListsTheTopFindingsTheKeyJudgementsLeaveOut_byMeetingKey() {
        // The executive summary of the sample holds two findings: the high one is the key judgement, the low one is
        // listed in the table of other top findings, and the table does not repeat the judgement.
        String summary = PdfText.squash(pdf.text(pageOf("Summary and top findings"), pageOf("Outlook")));
        assertThat(report.summary()).hasSize(2);
        assertThat(summary).contains("The rules made 4 findings: 1 trend, 1 overlap, 1 actor, 1 data quality.",
                        "Other top findings", "1 EU and OHCHR co-chaired together. low M1")
                .doesNotContain("Digital governance was raised in 2 forums in 2021-Q4. high");
    }

    @Test
    void trendFindingsAreGroupedByRule() {
        String trends = pdf.text(pageOf("Trends"), pageOf("Cross-forum overlaps"));
        assertThat(trends).contains("Emerging topic (1)", "Civic space appears for the first time in 2021-Q4.",
                "Civic space", "2020-Q4", "2021-Q4");
    }

    @Test
    void actorsAreNamedInEnglishAndArabic() {
        String actors = pdf.page(pageOf("Actors"));
        assertThat(actors).contains("EU and OHCHR co-chaired together.", "European Union",
                PdfText.asPdfBoxReads("الاتحاد الأوروبي"));
    }

    @Test
    void arabicNamesAreExtractableInLogicalOrder() {
        String text = pdf.text();
        assertThat(text).contains(PdfText.asPdfBoxReads(ALLIANCE_AR), PdfText.asPdfBoxReads(PPF_AR));
        assertThat(text).doesNotContain(new StringBuilder(PPF_AR).reverse().toString());
    }

    @Test
    void everyMeetingOfThePeriodIsCitedWithItsSourcesInTheAnnex() {
        String annex = PdfText.compact(pdf.text(pageOf("Annex B: Sources"), pdf.pages()));
        List<Meeting> cited = new ArrayList<>(report.meetings());
        cited.addAll(report.imprecise());
        assertThat(cited).hasSize(3);
        for (Meeting meeting : cited) {
            assertThat(annex).as(meeting.id()).contains(PdfText.compact(meeting.id()),
                    PdfText.compact(meeting.title()));
            for (Source source : meeting.sources()) {
                assertThat(annex).contains(PdfText.compact(source.citation()), PdfText.compact(PdfText.asPdfBoxReads(source.quote())));
            }
        }
        assertThat(annex).contains(PdfText.compact(PdfText.asPdfBoxReads(ALLIANCE_AR)), "Meetingsdatedtoocoarselytoplaceinthefourthquarterof2021");
    }

    @Test
    void dataQualityAnnexListsQualityFindings() {
        assertThat(pdf.page(pageOf("Annex A: Data quality")))
                .contains("Alliance ministerial is dated only to 2021");
    }

    @Test
    void everyPageIsNumberedPageXOfY() {
        int total = pdf.pages();
        assertThat(total).isGreaterThan(1);
        for (int page = 1; page <= total; page++) {
            assertThat(pdf.page(page)).contains("Page " + page + " of " + total);
        }
    }

    @Test
    void everyPageButTheCoverHasTheRunningHeader() {
        for (int page = 2; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).contains("Briefing pack · 2021-Q4", "RESTRICTED");
        }
        assertThat(pdf.page(1)).doesNotContain("Briefing pack · 2021-Q4");
    }

    @Test
    void metadataDescribesThePackAndIsDatedFromTheReport() {
        PDDocumentInformation info = pdf.document.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo("Briefing pack 2021-Q4");
        assertThat(info.getSubject()).contains("2021-Q4", "RESTRICTED");
        assertThat(info.getKeywords()).contains("2021-Q4", "Paris Peace Forum");
        assertThat(info.getAuthor()).isEqualTo("Briefing Engine");
        assertThat(info.getCreator()).isEqualTo("Briefing Engine 0.1.0-test");
        assertThat(instant(info.getCreationDate())).isEqualTo(SampleReports.GENERATED_AT);
        assertThat(instant(info.getModificationDate())).isEqualTo(SampleReports.GENERATED_AT);
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsABase14Font() {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).doesNotContainIgnoringCase("Helvetica").doesNotContainIgnoringCase("Times")
                    .doesNotContainIgnoringCase("Courier");
        });
        assertThat(pdf.fonts()).extracting(PDFont::getName)
                .anyMatch(n -> n.contains("Amiri")).anyMatch(n -> n.contains("DejaVuSans"));
    }

    @Test
    void chartsAreVectorsNotImages() {
        assertThat(pdf.images()).isZero();
        // The chart's axis and legend text is real text in the embedded font.
        assertThat(pdf.page(pageOf("Trends"))).contains("Meetings", "Digital governance", "Civic space");
    }

    @Test
    void sameReportGivesTheSameTextAndTheSameBytes() throws Exception {
        // Dates, file identifier and font subset names all derive from the report, never from the clock.
        byte[] again = PdfText.render(report);
        try (PdfText second = PdfText.of(report)) {
            assertThat(second.text()).isEqualTo(pdf.text());
        }
        assertThat(again).isEqualTo(pdf.bytes);
    }

    private static int pageOf(String bookmark) {
        return pdf.bookmarks().stream().filter(b -> b.title().equals(bookmark)).findFirst().orElseThrow().page();
    }

    private static Instant instant(Calendar calendar) {
        return calendar.toInstant();
    }
}
