package org.briefingengine.render.pdf;

import java.util.List;
import java.util.Map;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/** Annex A: what the data-quality rules found wrong or uncertain in the facts behind this pack. */
final class QualityAnnex {

    static final String KEY = "annex-quality";
    static final String TITLE = "Annex A: Data quality";

    private final Pack pack;

    QualityAnnex(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        List<Finding> findings = pack.report.findingsIn(Category.QUALITY);
        if (findings.isEmpty()) {
            pack.add(pack.blocks.text("The data-quality rules found nothing to report for " + pack.period() + "."));
            return;
        }
        pack.add(pack.blocks.text(Words.count(findings.size(), "data-quality finding") + ". They do not change the "
                + "analysis; they say where the facts behind it are incomplete or uncertain."));
        Map<String, List<Finding>> byRule = TrendSection.grouped(findings);
        byRule.forEach((rule, group) -> pack.findingGroup(rule, group, shown -> FindingTable.of(pack, shown)));
    }
}
