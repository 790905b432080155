package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** Actor findings (bridge actors, recurring co-chairs, newcomers …), each naming its actors in English and Arabic. */
final class ActorSection {

    static final String KEY = "actors";
    static final String TITLE = "Actors";
    private static final float[] WIDTHS = {4f, 4f, 2f};
    private static final String[] HEADERS = {"Actor", "Name in Arabic", "Evidence"};

    private final Pack pack;

    ActorSection(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        Map<String, List<Finding>> byRule = TrendSection.grouped(pack.report.findingsIn(Category.ACTOR));
        if (byRule.isEmpty()) {
            pack.add(pack.blocks.note("No actor rule fired for " + pack.period() + "."));
            return;
        }
        byRule.forEach((rule, findings) -> pack.findingGroup(rule, findings, this::table));
        pack.add(pack.blocks.note("Evidence keys refer to the meetings listed with their sources in Annex B."));
    }

    private PdfPTable table(List<Finding> findings) {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(HEADERS, WIDTHS);
        for (Finding finding : findings) {
            PdfPTable group = new PdfPTable(WIDTHS);
            PdfPCell statement = Blocks.bare(blocks.cell(Labels.statement(finding), blocks.bold));
            statement.setColspan(2);
            group.addCell(statement);
            group.addCell(Blocks.bare(blocks.smallCell(FindingTable.evidence(pack, finding))));
            for (String actor : finding.actors()) {
                String arabic = pack.labels.arabic(actor);
                PdfPCell english = Blocks.bare(blocks.cell(pack.labels.name(actor)));
                english.setPaddingLeft(12f);
                group.addCell(english);
                group.addCell(Blocks.bare(blocks.cell(arabic.isEmpty() ? "—" : arabic)));
                group.addCell(Blocks.bare(blocks.smallCell("")));
            }
            table.addCell(Blocks.group(group, WIDTHS.length));
        }
        return table;
    }
}
