package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Severity;
import org.briefingengine.model.Source;
import org.briefingengine.testing.SampleReports;

/** Variations on {@link SampleReports} for cases the shared sample does not cover. */
final class TestReports {

    private TestReports() {
    }

    /**
     * The 2021-Q4 sample plus a bridge-actor finding about France and a quality finding with hostile text and a
     * salience that is not a number.
     */
    static BriefingReport withBridgeAndHostileText() {
        BriefingReport base = SampleReports.quarter2021Q4();
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(new Finding("f-bridge-fra", "bridge-actor", Category.ACTOR, Severity.MEDIUM, 2,
                "France took part in 2 forums.", "FRA", "2021-Q4", List.of("paris-peace-forum"), List.of("FRA"),
                List.of("ppf-2021-4th-edition"), List.of()));
        findings.add(new Finding("f-hostile", "quality-check", Category.QUALITY, Severity.INFO, Double.NaN,
                "@SUM(A1:A9)\u0007 bell " + "x".repeat(40_000), "-1+2", "2021-Q4", List.of(), List.of(),
                List.of(), List.of()));
        return new BriefingReport(base.period(), base.generatedAt(), base.version(), base.classification(),
                base.inputs(), base.facts(), base.meetings(), base.imprecise(), findings, base.trend(), base.overlap(),
                base.audit(), base.parameters());
    }

    /** The 2021-Q4 sample where the Paris Peace Forum meeting cites {@code sources} distinct web pages. */
    static BriefingReport withWebSources(int sources) {
        BriefingReport base = SampleReports.quarter2021Q4();
        List<Meeting> meetings = base.meetings().stream().map(m -> !m.id().startsWith("ppf") ? m
                : new Meeting(m.id(), m.forum(), m.title(), m.start(), m.end(), m.place(), m.mode(), m.level(),
                        m.coChairs(), m.hosts(), m.participants(), m.people(), m.participantCount(),
                        m.participantNote(), m.topics(), m.initiatives(), m.outcomes(),
                        IntStream.range(0, sources).mapToObj(i -> new Source(null, "https://example.org/page/" + i,
                                Lang.EN, "", "")).toList())).toList();
        return new BriefingReport(base.period(), base.generatedAt(), base.version(), base.classification(),
                base.inputs(), base.facts(), meetings, base.imprecise(), base.findings(), base.trend(),
                base.overlap(), base.audit(), base.parameters());
    }
}
