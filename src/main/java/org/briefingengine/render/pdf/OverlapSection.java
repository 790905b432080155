package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import org.briefingengine.analysis.OverlapMatrix;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** Which topics recurred across forums: the heat map, how alike the forums are, and the overlap findings. */
final class OverlapSection {

    static final String KEY = "overlaps";
    static final String TITLE = "Cross-forum overlaps";

    private final Pack pack;

    OverlapSection(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        OverlapMatrix matrix = pack.report.overlap();
        Blocks blocks = pack.blocks;
        if (matrix == null || matrix.topics().isEmpty() || matrix.forums().isEmpty()) {
            pack.add(blocks.note("No topic was recorded at the meetings of " + pack.period() + "."));
        } else {
            pack.add(blocks.text("Meetings of each forum that raised each topic in " + pack.period()
                    + " (a family row counts its child topics too); darker cells mean more meetings."));
            List<Integer> columns = busiestForums(matrix);
            new HeatMap(pack, matrix, columns).elements().forEach(pack::add);
            if (columns.size() < matrix.forums().size()) {
                pack.add(blocks.note("The map shows the " + columns.size() + " forums with most meetings in "
                        + pack.period() + "; the Forums column counts all of them, and the workbook's Overlap sheet "
                        + "has every forum's column."));
            }
            similarities(matrix.similarities());
        }
        findings(pack.report.findingsIn(Category.OVERLAP));
    }

    /** Indexes of the forum columns drawn: all of them, or at scale the busiest, in the matrix's order. */
    private List<Integer> busiestForums(OverlapMatrix matrix) {
        int max = 2 * HeatMap.FORUMS_PER_TABLE;
        List<Integer> all = java.util.stream.IntStream.range(0, matrix.forums().size()).boxed().toList();
        if (all.size() <= max) {
            return all;
        }
        return all.stream().sorted(java.util.Comparator.comparingInt(
                        (Integer f) -> pack.report.meetingsOf(matrix.forums().get(f)).size()).reversed())
                .limit(max).sorted().toList();
    }

    private void similarities(List<OverlapMatrix.ForumSimilarity> pairs) {
        Blocks blocks = pack.blocks;
        pack.subheading("Forum similarity");
        List<OverlapMatrix.ForumSimilarity> sharing = pairs.stream().filter(p -> !p.sharedTopics().isEmpty()).toList();
        if (sharing.isEmpty()) {
            pack.add(blocks.note("No two forums that met shared a topic."));
            return;
        }
        pack.add(blocks.note("Jaccard index: topics both forums raised, over topics either raised (1.00 = the same "
                + "set)." + (sharing.size() < pairs.size() ? " " + Words.count(pairs.size() - sharing.size(), "other pair")
                + " of forums shared no topic." : "")));
        PdfPTable table = blocks.table(new String[] {"Forums", "Jaccard", "Shared topics"}, 4.5f, 1.2f, 5f);
        int max = pack.options().maxFindingsPerRule();
        for (OverlapMatrix.ForumSimilarity pair : sharing.stream().limit(max).toList()) {
            table.addCell(blocks.cell(pack.labels.forum(pair.forumA()) + " and " + pack.labels.forum(pair.forumB())));
            PdfPCell score = blocks.cell(String.format(Locale.ROOT, "%.2f", pair.jaccard()));
            score.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
            table.addCell(score);
            table.addCell(blocks.cell(pack.labels.topics(pair.sharedTopics())));
        }
        pack.add(table);
        if (sharing.size() > max) {
            pack.add(blocks.note("The " + max + " most alike of " + sharing.size() + " pairs of forums that share a "
                    + "topic; the workbook's Overlap sheet lists every pair."));
        }
    }

    private void findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            pack.add(pack.blocks.note("No overlap rule fired for " + pack.period() + "."));
            return;
        }
        TrendSection.grouped(findings).forEach((rule, group) ->
                pack.findingGroup(rule, group, shown -> FindingTable.of(pack, shown)));
    }
}
