package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.ReportOptions;
import org.briefingengine.engine.Phrasing;
import org.briefingengine.model.Finding;

/** One rendering of one report: the document being written and everything the sections share. */
final class Pack {

    private static final float KEEP_WITH_NEXT = 90f;

    final BriefingReport report;
    final Document document;
    final PdfWriter writer;
    final Blocks blocks;
    final Labels labels;
    final Citations citations;
    final Navigation navigation;
    /** The front page's key judgements; the summary and "Since the last pack" leave out what they state. */
    final List<KeyJudgements.Judgement> judgements;

    Pack(BriefingReport report, Document document, PdfWriter writer, Blocks blocks, Navigation navigation) {
        this.report = report;
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        this.labels = new Labels(report.facts());
        this.citations = Citations.of(report);
        this.navigation = navigation;
        this.judgements = KeyJudgements.of(report);
    }

    /** The ids of the findings the key judgements state or name. */
    java.util.Set<String> judged() {
        return judgements.stream().flatMap(KeyJudgements.Judgement::covered)
                .collect(java.util.stream.Collectors.toSet());
    }

    void add(Element element) {
        document.add(element);
    }

    /** Starts a contents-listed section on a new page with its bookmark and heading. */
    void section(String key) {
        navigation.start(document, writer, key);
        add(blocks.heading(navigation.entry(key).title()));
    }

    /** "M2 · 2021-11-11 to 2021-11-13 · Paris Peace Forum: Paris Peace Forum, 4th edition". */
    String meetingLine(String meetingId) {
        String key = citations.key(meetingId);
        citations.use(List.of(meetingId));
        return report.facts().meeting(meetingId)
                .map(m -> key + " · " + m.dateText() + " · " + labels.forum(m.forum()) + ": " + m.title())
                .orElse(key + " (not in the fact set)");
    }

    ReportOptions options() {
        return report.options();
    }

    /**
     * The keys of the meetings behind a claim, at most {@code report.maxEvidence} of them, then "and N more: see the
     * workbook"; the subject for a claim about no meeting. Every key printed is listed in the sources annex.
     */
    String evidence(List<String> meetingIds, String subject) {
        List<String> ordered = citations.inKeyOrder(meetingIds);
        if (ordered.isEmpty()) {
            return Labels.orNone(subject);
        }
        int max = options().maxEvidence();
        List<String> shown = ordered.subList(0, Math.min(max, ordered.size()));
        citations.use(shown);
        String keys = String.join(", ", shown.stream().map(citations::key).toList());
        return ordered.size() <= max ? keys : keys + " and " + (ordered.size() - max) + " more: see the workbook";
    }

    /**
     * The findings of one group the PDF prints: severe and salient enough, at most {@code report.maxFindingsPerRule};
     * the others are counted in a note and left to the workbook.
     */
    Shown shown(List<Finding> findings) {
        List<Finding> eligible = findings.stream().filter(options()::printed).toList();
        List<Finding> printed = eligible.stream().limit(options().maxFindingsPerRule()).toList();
        return new Shown(printed, findings.size() - printed.size());
    }

    /** Findings printed, and how many more the workbook lists. */
    record Shown(List<Finding> printed, int more) {
        String note() {
            return more == 0 ? "" : Words.count(more, "more finding") + " of this kind "
                    + (more == 1 ? "is" : "are") + " listed in the workbook (Findings sheet).";
        }
    }

    /**
     * Prints one rule's findings under a subheading with their count, then a note of what only the workbook lists;
     * a rule none of whose findings is printed gets a one-line note instead of a heading.
     */
    void findingGroup(String rule, List<Finding> findings, java.util.function.Function<List<Finding>, Element> table) {
        Shown shown = shown(findings);
        if (shown.printed().isEmpty()) {
            add(blocks.note(Labels.ruleTitle(rule) + ": " + Words.count(findings.size(), "finding")
                    + ", listed in the workbook (Findings sheet)."));
            return;
        }
        subheading(Labels.ruleTitle(rule) + " (" + findings.size() + ")");
        add(table.apply(shown.printed()));
        if (shown.more() > 0) {
            add(blocks.note(shown.note()));
        }
    }

    /** A subheading, moved to a new page when too little room is left for anything to follow it. */
    void subheading(String title) {
        if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_NEXT) {
            document.newPage();
        }
        add(blocks.subheading(title));
    }

    /** The period in words, as running text reads it: "the fourth quarter of 2021", "1946–2019", "the whole record". */
    String period() {
        return Phrasing.period(report.period().label());
    }
}
