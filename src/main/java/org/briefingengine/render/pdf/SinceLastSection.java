package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingengine.analysis.FindingChanges;
import org.briefingengine.engine.Phrasing;
import org.briefingengine.model.Finding;

/** What changed since the previous period's pack: findings that are new, that ended, and that changed. */
final class SinceLastSection {

    static final String KEY = "since-last";
    static final String TITLE = "Since the last pack";

    private final Pack pack;

    SinceLastSection(Pack pack) {
        this.pack = pack;
    }

    /** "11 new findings, none ended and one changed", or "no finding changed": in words, as the statements count. */
    static String summary(FindingChanges changes) {
        if (changes.isEmpty()) {
            return "no finding changed";
        }
        return Phrasing.count(changes.added().size(), "new finding") + ", " + noneOr(changes.removed().size())
                + " ended and " + noneOr(changes.changed().size()) + " changed";
    }

    private static String noneOr(int n) {
        return n == 0 ? "none" : Phrasing.number(n);
    }

    void write() {
        FindingChanges changes = pack.report.sinceLast();
        pack.section(KEY);
        Blocks blocks = pack.blocks;
        pack.add(blocks.text("Compared with the " + changes.before() + " pack in the same output folder: "
                + summary(changes) + ". Findings are matched by rule and subject; a change is a new severity or "
                + "other evidence. The diff command prints the full list."));
        list("New findings", changes.added(), true);
        list("Findings that ended", changes.removed(), false);
        if (!changes.changed().isEmpty()) {
            pack.subheading("Findings that changed (" + changes.changed().size() + ")");
            Set<String> stated = stated(changes.changed().stream().map(FindingChanges.Change::after).toList(), false);
            List<FindingChanges.Change> shown = changes.changed().stream()
                    .filter(c -> !stated.contains(c.after().id())).toList();
            if (shown.isEmpty()) {
                return;
            }
            PdfPTable table = blocks.table(new String[] {"Finding now", "What changed", "Evidence"}, 7f, 2.6f, 1.8f);
            shown.stream().limit(pack.options().keyJudgements()).forEach(c -> {
                table.addCell(blocks.cell(Labels.statement(c.after())));
                table.addCell(blocks.smallCell(String.join("; ", c.differences())));
                table.addCell(blocks.smallCell(FindingTable.evidence(pack, c.after())));
            });
            pack.add(table);
            more(shown.size() - Math.min(shown.size(), pack.options().keyJudgements()));
        }
    }

    /**
     * The most salient of a list, as many as there are key judgements, less those the key judgements state (page 1
     * marks them; {@code isNew} lists are the only ones page 1 can hold); the diff command lists them all.
     */
    private void list(String title, List<Finding> findings, boolean isNew) {
        if (findings.isEmpty()) {
            return;
        }
        pack.subheading(title + " (" + findings.size() + ")");
        Set<String> stated = isNew ? stated(findings, true) : Set.of();
        List<Finding> rest = findings.stream().filter(f -> !stated.contains(f.id())).toList();
        List<Finding> shown = rest.stream().filter(pack.options()::printed)
                .sorted(org.briefingengine.analysis.FindingRanking.ORDER).limit(pack.options().keyJudgements())
                .toList();
        if (!shown.isEmpty()) {
            pack.add(FindingTable.of(pack, shown));
        }
        more(rest.size() - shown.size());
    }

    /**
     * Says which key judgements lead with one of {@code findings} ("Key judgements 1, 2 and 4 are new: page 1 states
     * them and names 3 similar findings; the rest follow.") and returns the ids of the findings that sentence accounts
     * for: what those judgements state or name. A finding of a judgement whose lead is not in the list stays in it.
     */
    private Set<String> stated(List<Finding> findings, boolean isNew) {
        Set<String> ids = findings.stream().map(Finding::id).collect(Collectors.toSet());
        List<String> numbers = new ArrayList<>();
        Set<String> statedInFull = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < pack.judgements.size(); i++) {
            KeyJudgements.Judgement j = pack.judgements.get(i);
            if (ids.contains(j.lead())) {
                numbers.add(Integer.toString(i + 1));
                j.findings().stream().filter(ids::contains).forEach(statedInFull::add);
                j.similar().stream().filter(ids::contains).forEach(named::add);
            }
        }
        if (numbers.isEmpty()) {
            return Set.of();
        }
        boolean one = numbers.size() == 1;
        long rest = findings.size() - statedInFull.size() - named.size();
        pack.add(pack.blocks.text((one ? "Key judgement " : "Key judgements ") + Phrasing.list(numbers)
                + (isNew ? (one ? " is new" : " are new") : (one ? " has changed" : " have changed"))
                + ": page 1 states " + (one ? "it" : "them")
                + (named.isEmpty() ? "" : " and names " + Phrasing.count(named.size(), "similar finding"))
                + (rest > 0 ? "; the rest follow." : ".")));
        statedInFull.addAll(named);
        return statedInFull;
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
