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
            new HeatMap(pack, matrix).elements().forEach(pack::add);
            similarities(matrix.similarities());
        }
        findings(pack.report.findingsIn(Category.OVERLAP));
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
                + "set)." + (sharing.size() < pairs.size() ? " " + (pairs.size() - sharing.size())
                + " other pair(s) of forums shared no topic." : "")));
        PdfPTable table = blocks.table(new String[] {"Forums", "Jaccard", "Shared topics"}, 4.5f, 1.2f, 5f);
        for (OverlapMatrix.ForumSimilarity pair : sharing) {
            table.addCell(blocks.cell(pack.labels.forum(pair.forumA()) + " and " + pack.labels.forum(pair.forumB())));
            PdfPCell score = blocks.cell(String.format(Locale.ROOT, "%.2f", pair.jaccard()));
            score.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
            table.addCell(score);
            table.addCell(blocks.cell(pack.labels.topics(pair.sharedTopics())));
        }
        pack.add(table);
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
