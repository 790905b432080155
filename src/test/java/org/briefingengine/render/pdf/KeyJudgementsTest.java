package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.FindingRanking;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;

/** Page 1 states a pattern once: a rule that found the same for many subjects is one judgement naming the rest. */
class KeyJudgementsTest {

    private static final String MEETING = "euohchr-2021-10-first-dialogue";

    @Test
    void ruleWithThreeOrMoreSubjects_isOneJudgement_namingTheOthers_andStatingThemAll() {
        List<Finding> findings = new ArrayList<>(List.of(
                rising("climate", 40),
                firstTime("FRA", 30), firstTime("DEU", 29), firstTime("EU", 28), firstTime("OHCHR", 27)));
        List<KeyJudgements.Judgement> judgements = KeyJudgements.of(report(findings));

        assertThat(judgements).extracting(KeyJudgements.Judgement::text).containsExactly(
                "Climate is rising.",
                "France appears for the first time. Similar findings for Germany, the European Union and the Office "
                        + "of the UN High Commissioner for Human Rights.");
        assertThat(judgements.get(1).findings()).containsExactly("first-FRA");
        assertThat(judgements.get(1).similar()).as("the table of other top findings repeats none of them")
                .containsExactly("first-DEU", "first-EU", "first-OHCHR");
    }

    @Test
    void similarFindingsAreCountedBySubject_soTwoFindingsAboutOneOtherSubjectAreNoPattern() {
        List<Finding> findings = new ArrayList<>(List.of(firstTime("FRA", 30), firstTime("DEU", 29),
                withId(firstTime("DEU", 28), "first-DEU-again")));

        assertThat(KeyJudgements.of(report(findings))).extracting(KeyJudgements.Judgement::text)
                .containsExactly("France appears for the first time.", "Germany appears for the first time.");
    }

    @Test
    void beyondThreeNamedSubjects_theRestAreCounted_andTheWorkbookNamed() {
        List<Finding> findings = new ArrayList<>(List.of(firstTime("FRA", 30), firstTime("DEU", 29),
                firstTime("EU", 28), firstTime("OHCHR", 27), firstTime("USA", 26)));

        assertThat(KeyJudgements.of(report(findings))).singleElement().extracting(KeyJudgements.Judgement::text)
                .isEqualTo("France appears for the first time. Similar findings for Germany, the European Union, "
                        + "the Office of the UN High Commissioner for Human Rights and one more (the workbook lists "
                        + "them all).");
    }

    @Test
    void twoFindingsOfOneRule_areTwoJudgements_eachInItsOwnWords() {
        List<Finding> findings = new ArrayList<>(List.of(firstTime("FRA", 30), firstTime("DEU", 29)));

        assertThat(KeyJudgements.of(report(findings))).extracting(KeyJudgements.Judgement::text)
                .containsExactly("France appears for the first time.", "Germany appears for the first time.");
    }

    @Test
    void sinceTheLastPack_aJudgementsLeadIsOld_soItsNewSimilarFindingsAreListed_notHidden() throws Exception {
        List<Finding> findings = new ArrayList<>(List.of(firstTime("FRA", 30), firstTime("DEU", 29),
                firstTime("EU", 28), firstTime("OHCHR", 27)));
        BriefingReport report = report(findings);
        var changes = new org.briefingengine.analysis.FindingChanges("2021-Q3", "2021-Q4",
                List.of(findings.get(1), findings.get(2)), List.of(), List.of());

        try (PdfText pdf = PdfText.of(report.withSinceLast(changes))) {
            String text = PdfText.squash(pdf.text());
            assertThat(PdfText.squash(pdf.page(1))).contains("France appears for the first time. Similar findings for "
                    + "Germany, the European Union and the Office", "partly new since the 2021-Q3 pack");
            String since = text.substring(text.indexOf("New findings (2)"));
            assertThat(since).doesNotContain("Key judgement 1")
                    .contains("Germany appears for the first time.", "EU appears for the first time.");
        }
    }

    @Test
    void sinceTheLastPack_aNewJudgementNamesItsNewSimilarFindings_andTheRestFollow() throws Exception {
        List<Finding> findings = new ArrayList<>(List.of(rising("climate", 40),
                firstTime("FRA", 30), firstTime("DEU", 29), firstTime("EU", 28)));
        BriefingReport report = report(findings);
        var changes = new org.briefingengine.analysis.FindingChanges("2021-Q3", "2021-Q4",
                List.of(findings.get(0), findings.get(1), findings.get(2), findings.get(3)), List.of(), List.of());

        try (PdfText pdf = PdfText.of(report.withSinceLast(changes))) {
            String text = PdfText.squash(pdf.text());
            assertThat(text).contains("Key judgements 1 and 2 are new: page 1 states them and names two similar "
                    + "findings.");
        }
    }

    private static BriefingReport report(List<Finding> findings) {
        BriefingReport r = SampleReports.quarter2021Q4();
        return new BriefingReport(r.period(), r.generatedAt(), r.version(), r.classification(), r.inputs(), r.facts(),
                r.meetings(), r.imprecise(), FindingRanking.rank(findings), r.trend(), r.overlap(), r.audit(),
                r.parameters());
    }

    private static Finding rising(String topic, double salience) {
        return new Finding("rising-" + topic, "rising-topic", Category.TREND, Severity.MEDIUM, salience,
                "Climate is rising.", topic, "2021-Q4", List.of("eu-ohchr-dialogue"), List.of(), List.of(MEETING),
                List.of(topic));
    }

    private static Finding withId(Finding f, String id) {
        return new Finding(id, f.rule(), f.category(), f.severity(), f.salience(), f.statement(), f.subject(),
                f.period(), f.forums(), f.actors(), List.of(MEETING + "-" + id), f.topics());
    }

    private static Finding firstTime(String actor, double salience) {
        String name = switch (actor) {
            case "FRA" -> "France";
            case "DEU" -> "Germany";
            default -> actor;
        };
        return new Finding("first-" + actor, "first-time-participant", Category.ACTOR, Severity.MEDIUM, salience,
                name + " appears for the first time.", actor, "2021-Q4", List.of("eu-ohchr-dialogue"),
                List.of(actor), List.of(MEETING + "-" + actor), List.of());
    }
}
