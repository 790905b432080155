package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefingengine.analysis.FindingChanges;
import org.briefingengine.model.Finding;

/** What changed since the previous period's pack: findings that are new, that ended, and that changed. */
final class SinceLastSection {

    static final String KEY = "since-last";
    static final String TITLE = "Since the last pack";

    private final Pack pack;

    SinceLastSection(Pack pack) {
        this.pack = pack;
    }

    /** "3 new findings, 1 that ended and 2 that changed", or "no finding changed". */
    static String summary(FindingChanges changes) {
        if (changes.isEmpty()) {
            return "no finding changed";
        }
        return Words.count(changes.added().size(), "new finding") + ", " + changes.removed().size() + " that ended and "
                + changes.changed().size() + " that changed";
    }

    void write() {
        FindingChanges changes = pack.report.sinceLast();
        pack.section(KEY);
        Blocks blocks = pack.blocks;
        pack.add(blocks.text("Compared with the " + changes.before() + " pack in the same output folder: "
                + summary(changes) + ". Findings are matched by rule and subject; a change is a new severity or "
                + "other evidence. The diff command prints the full list."));
        list("New findings", changes.added());
        list("Findings that ended", changes.removed());
        if (!changes.changed().isEmpty()) {
            pack.subheading("Findings that changed (" + changes.changed().size() + ")");
            PdfPTable table = blocks.table(new String[] {"Finding now", "What changed", "Evidence"}, 7f, 2.6f, 1.8f);
            changes.changed().stream().limit(pack.options().keyJudgements()).forEach(c -> {
                table.addCell(blocks.cell(Labels.statement(c.after())));
                table.addCell(blocks.smallCell(String.join("; ", c.differences())));
                table.addCell(blocks.smallCell(FindingTable.evidence(pack, c.after())));
            });
            pack.add(table);
            more(changes.changed().size() - Math.min(changes.changed().size(), pack.options().keyJudgements()));
        }
    }

    /** The most salient of a list, as many as there are key judgements; the diff command lists them all. */
    private void list(String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        pack.subheading(title + " (" + findings.size() + ")");
        List<Finding> shown = findings.stream().filter(pack.options()::printed)
                .sorted(org.briefingengine.analysis.FindingRanking.ORDER).limit(pack.options().keyJudgements())
                .toList();
        if (!shown.isEmpty()) {
            pack.add(FindingTable.of(pack, shown));
        }
        more(findings.size() - shown.size());
    }

    private void more(int more) {
        if (more > 0) {
            pack.add(pack.blocks.note(Words.count(more, "more finding") + ": the diff command lists every one, "
                    + "e.g. briefing diff " + pack.report.sinceLast().before() + "/findings-"
                    + pack.report.sinceLast().before() + ".json " + pack.report.period().label() + "/findings-"
                    + pack.report.period().label() + ".json"));
        }
    }
}
