package org.briefingengine.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.OverlapMatrix;
import org.briefingengine.model.Category;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Severity;
import org.briefingengine.model.Source;
import org.briefingengine.testing.SampleReports;

/** Variations on the sample reports, each for one behaviour of the pack that the samples do not show. */
final class ReportVariants {

    private ReportVariants() {
    }

    /** The empty quarter, with a fading topic citing a 2021 meeting and a trend rule the pack has never heard of. */
    static BriefingReport emptyQuarterWithEvidence() {
        BriefingReport empty = SampleReports.emptyQuarter();
        List<Finding> findings = List.of(
                finding("f-fading-civic", "fading-topic", Category.TREND, Severity.MEDIUM,
                        "Civic space was raised in 2021-Q4 but not in 2022-Q1.", List.of("ppf-2021-4th-edition")),
                finding("f-surging", "surging-topic", Category.TREND, Severity.LOW,
                        "Digital governance surged in the year to 2022-Q1.", List.of("euohchr-2021-10-first-dialogue")));
        return withFindings(empty, findings);
    }

    /** The 2021-Q4 sample without a classification. */
    static BriefingReport unclassified() {
        BriefingReport r = SampleReports.quarter2021Q4();
        return new BriefingReport(r.period(), r.generatedAt(), r.version(), "", r.inputs(), r.facts(), r.meetings(),
                r.imprecise(), r.findings(), r.trend(), r.overlap(), r.audit(), r.parameters());
    }

    /**
     * Seven forums with long English names and no Arabic ones, each meeting once in 2021-Q4 on digital governance:
     * too many and too long for named heat-map columns.
     */
    static BriefingReport sevenForums() {
        BriefingReport base = SampleReports.quarter2021Q4();
        List<Forum> forums = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String id = "forum-" + i;
            forums.add(new Forum(id, Names.english("Intergovernmental consultations on regional arrangements number " + i),
                    ForumKind.RECURRING_EXPERT_MEETING, List.of(), 0, List.of()));
            meetings.add(new Meeting("m-" + i, id, "Consultation " + i, PartialDate.parse("2021-11-0" + i), null,
                    "Geneva", MeetingMode.IN_PERSON, MeetingLevel.TECHNICAL, List.of(), List.of(), List.of("FRA"),
                    List.of(), null, "", List.of("digital-governance"), List.of(), List.of(),
                    List.of(new Source("doc-" + i + ".txt", null, Lang.EN, "paragraph " + i, "Quote " + i))));
        }
        FactSet facts = new FactSet(forums, base.facts().actors(), base.facts().persons(), base.facts().topics(),
                meetings);
        List<String> ids = forums.stream().map(Forum::id).toList();
        OverlapMatrix overlap = new OverlapMatrix(List.of("digital-governance"), ids,
                List.of(List.of(1, 1, 1, 1, 1, 1, 1)), List.of());
        Finding overlapFinding = new Finding("f-seven", "topic-overlap", Category.OVERLAP, Severity.HIGH, 7,
                "Digital governance was raised in 7 forums in 2021-Q4.", "digital-governance", "2021-Q4", ids,
                List.of(), meetings.stream().map(Meeting::id).toList(), List.of("digital-governance"));
        return new BriefingReport(base.period(), base.generatedAt(), base.version(), base.classification(),
                base.inputs(), facts, facts.meetingsIn(base.period()), List.of(), List.of(overlapFinding),
                base.trend(), overlap, base.audit(), Map.of());
    }

    private static BriefingReport withFindings(BriefingReport r, List<Finding> findings) {
        return new BriefingReport(r.period(), r.generatedAt(), r.version(), r.classification(), r.inputs(), r.facts(),
                r.meetings(), r.imprecise(), findings, r.trend(), r.overlap(), r.audit(), r.parameters());
    }

    private static Finding finding(String id, String rule, Category category, Severity severity, String statement,
                                   List<String> meetings) {
        return new Finding(id, rule, category, severity, 1, statement, "", "2022-Q1", List.of(), List.of(), meetings,
                List.of());
    }
}
