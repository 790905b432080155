package org.briefingengine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Forum;
import org.briefingengine.testing.SeedReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The judgement a senior reader gets from the shipped fixtures, read back from the real pipeline: few findings in a
 * quiet quarter, the first EU–OHCHR dialogue and the two forums' shared themes at the top, plain English, no wrong
 * "new", and the analyses the sources support across the whole record.
 */
class SeedJudgementTest {

    @Test
    void quarter_hasFewFindings_andItsSummaryNamesTheNewChannelAndTheSharedThemesAsOneFinding() {
        BriefingReport q4 = SeedReports.of("2021-Q4");

        assertThat(q4.findings()).hasSizeLessThanOrEqualTo(15);
        List<Finding> summary = q4.summary();
        assertThat(summary).hasSizeLessThanOrEqualTo(q4.topFindings());
        assertThat(summary).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("new-channel");
            assertThat(f.subject()).isEqualTo("eu-ohchr-dialogue");
            assertThat(f.statement()).contains("met for the first time on 13 October 2021");
        });
        assertThat(summary).filteredOn(f -> f.rule().equals("topic-overlap")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("civic-space", "climate", "digital-governance",
                    "inclusion-inequality", "multilateralism");
            assertThat(f.forums()).containsExactly("eu-ohchr-dialogue", "paris-peace-forum");
            assertThat(f.statement()).startsWith("The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared "
                    + "five themes in the fourth quarter of 2021");
        });
    }

    @Test
    void summary_isDiverse_andReadsReportTopFindings() {
        BriefingReport all = SeedReports.of("all");
        List<Finding> summary = all.summary();

        assertThat(summary).hasSize(all.topFindings());
        assertThat(summary).extracting(f -> String.join(",", f.meetings()) + "|" + String.join(",", f.forums()))
                .doesNotHaveDuplicates();
        assertThat(summary.stream().collect(Collectors.groupingBy(Finding::category, Collectors.counting())).values())
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo((all.topFindings() + 1) / 2));
        assertThat(summary).noneMatch(f -> f.category() == Category.QUALITY);
        assertThat(summary).extracting(Finding::rule).contains("partnership", "move-online", "new-channel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-Q4", "all", "2019", "2021", "2013", "2023", "2021-Q3"})
    void statements_arePlainEnglish_withoutPluralHedgesOrRawPeriodCodes(String period) {
        assertThat(SeedReports.of(period).findings()).extracting(Finding::statement)
                .allSatisfy(s -> assertThat(s).doesNotContain("(s)", "Jaccard").doesNotContainPattern("\\d{4}-Q\\d")
                        .doesNotContain("..").doesNotContain("co chair"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-Q4", "all", "2019", "2021", "2013", "2023"})
    void noMemberOrConvenorOfAForumInTheRecord_isCalledNew(String period) {
        BriefingReport report = SeedReports.of(period);
        Set<String> belonging = report.facts().forums().stream()
                .flatMap(f -> java.util.stream.Stream.concat(f.members().stream(), f.convenors().stream()))
                .collect(Collectors.toSet());

        assertThat(belonging).contains("USA", "FRA", "OHCHR", "EU");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("first-time-participant"))
                .allSatisfy(f -> assertThat(belonging).doesNotContainAnyElementsOf(f.subjects()));
    }

    @Test
    void wholeRecord_findsTheGrowthTheMoveOnlineTheLateSeventhMeetingAndTheEuUnPartnership() {
        List<Finding> all = SeedReports.of("all").findings();

        assertThat(all).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("participation-change");
            assertThat(f.subject()).isEqualTo("alliance-multilateralism");
            assertThat(f.statement()).contains("Participation in the Alliance for Multilateralism grew from 12 "
                    + "participants on 2 April 2019 to 48 on 26 September 2019");
        });
        assertThat(all).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("move-online");
            assertThat(f.statement()).startsWith("Meetings moved online in 2021: three of the four meetings");
        });
        assertThat(all).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("late-edition");
            assertThat(f.subject()).isEqualTo("un-regional-mediation");
            assertThat(f.meetings()).contains("unrm-2019-brussels", "unrm-2023-7th", "unrm-2021-online-technical");
            assertThat(f.statement()).contains("The seventh meeting of the UN meetings with regional organisations "
                    + "on conflict prevention and mediation was held in 2023").contains("two years later");
        });
        assertThat(all).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("partnership");
            assertThat(f.subject()).isEqualTo("EU+UN");
            assertThat(f.forums()).hasSizeGreaterThanOrEqualTo(2).contains("eu-ohchr-dialogue", "un-regional-mediation");
        });
    }

    @Test
    void partnershipsAndCoChairPairs_rankAboveActorsMerelyPresentInTwoForums() {
        List<Finding> all = SeedReports.of("all").findings();
        List<Finding> pairs = all.stream()
                .filter(f -> f.rule().equals("partnership") || f.rule().equals("recurring-co-chairs")).toList();
        List<Finding> presence = all.stream()
                .filter(f -> f.rule().equals("bridge-actor") && f.forums().size() <= 2).toList();

        assertThat(pairs).extracting(Finding::subject).contains("EU+UN", "DEU+FRA");
        assertThat(presence).isNotEmpty();
        pairs.forEach(pair -> presence.forEach(p -> assertThat(all.indexOf(pair)).as(pair.subject() + " before "
                + p.subject()).isLessThan(all.indexOf(p))));
    }

    @Test
    void quarterWhenTheSeventhWasDue_saysItWasNotHeld_andNamesTheTechnicalMeeting() {
        assertThat(SeedReports.of("2021-Q4").findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("missed-edition");
            assertThat(f.statement()).contains("The seventh meeting of the UN meetings with regional organisations")
                    .contains("due in 2021").contains("technical level");
        });
        List<Forum> forums = SeedReports.of("2021-Q4").facts().forums();
        assertThat(forums).filteredOn(f -> f.recordedSinceIfKnown().isPresent()).extracting(Forum::id)
                .containsExactly("un-regional-mediation");
    }

    @Test
    void theSameEvidence_isStatedOnce_theForumsSimilarityFoldedIntoTheirSharedThemes() {
        List<Finding> q4 = SeedReports.of("2021-Q4").findings();

        assertThat(q4).extracting(Finding::rule).doesNotContain("similar-forums");
        assertThat(q4).filteredOn(f -> f.rule().equals("topic-overlap")).singleElement().satisfies(f -> {
            assertThat(f.statement()).isEqualTo("The EU–OHCHR Strategic Dialogue and the Paris Peace Forum shared five "
                    + "themes in the fourth quarter of 2021 (two meetings): civic space; climate; digital governance; "
                    + "inclusion and inequality; and multilateralism and rules-based order.");
            assertThat(f.measures()).containsEntry("jaccard", 5.0 / 15);
        });
        assertThat(q4).filteredOn(f -> f.rule().equals("topic-frequency")).extracting(Finding::forums)
                .allSatisfy(forums -> assertThat(forums).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-Q4", "all", "2019", "2021", "2023"})
    void noTwoOverlapFindings_restOnTheSameEvidence(String period) {
        List<Finding> findings = SeedReports.of(period).findings().stream()
                .filter(f -> f.category() == Category.OVERLAP).toList();
        Set<String> evidence = findings.stream()
                .map(f -> f.category() + "|" + new TreeSet<>(f.forums()) + new TreeSet<>(f.meetings())
                        + new TreeSet<>(f.topics()) + new TreeSet<>(f.actors()))
                .collect(Collectors.toSet());
        assertThat(evidence).hasSize(findings.size());
    }
}
