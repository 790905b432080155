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
        pack.add(pack.blocks.text(findings.size() + " data-quality finding(s). They do not change the analysis; "
                + "they say where the facts behind it are incomplete or uncertain."));
        Map<String, List<Finding>> byRule = TrendSection.grouped(findings);
        byRule.forEach((rule, group) -> {
            pack.subheading(Labels.ruleTitle(rule) + " (" + group.size() + ")");
            pack.add(FindingTable.of(pack, group));
        });
    }
}
