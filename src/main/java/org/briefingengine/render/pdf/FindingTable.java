package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefingengine.model.Finding;

/** Findings as a ruled table: rank, the rule's sentence, severity, and the keys of the meetings behind it. */
final class FindingTable {

    private static final String[] HEADERS = {"#", "Finding", "Severity", "Evidence"};

    private FindingTable() {
    }

    static PdfPTable of(Pack pack, List<Finding> findings) {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(HEADERS, 0.5f, 7.4f, 1.2f, 1.6f);
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            table.addCell(blocks.smallCell(Integer.toString(i + 1)));
            table.addCell(blocks.cell(Labels.statement(finding)));
            table.addCell(blocks.smallCell(finding.severity().code()));
            table.addCell(blocks.smallCell(evidence(pack, finding)));
        }
        return table;
    }

    /** The meeting keys behind a finding, for the sources annex; a finding about no meeting names its subject. */
    static String evidence(Pack pack, Finding finding) {
        return pack.evidence(finding.meetings(), finding.subject());
    }
}
