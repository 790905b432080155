package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/**
 * Picks the executive summary: the top findings in rank order, with diversity — no two resting on the same evidence,
 * at most {@value #PER_RULE} from one rule while others wait, and no category taking more than half the places.
 * Data-quality findings belong in the annex, not here.
 */
public final class ExecutiveSelection {

    static final int PER_RULE = 2;

    private ExecutiveSelection() {
    }

    /** {@code ranked}: findings in {@link FindingRanking} order; {@code places}: report.topFindings. */
    public static List<Finding> select(List<Finding> ranked, int places) {
        List<Finding> chosen = new ArrayList<>();
        Set<String> evidence = new HashSet<>();
        Map<Category, Integer> perCategory = new HashMap<>();
        Map<String, Integer> perRule = new HashMap<>();
        int categoryCap = Math.max(1, (places + 1) / 2);
        for (int pass = 0; pass < 2 && chosen.size() < places; pass++) {
            for (Finding f : ranked) {
                if (chosen.size() >= places) {
                    break;
                }
                boolean fits = f.category() != Category.QUALITY && !chosen.contains(f)
                        && !evidence.contains(evidenceOf(f))
                        && perCategory.getOrDefault(f.category(), 0) < categoryCap
                        && (pass > 0 || perRule.getOrDefault(f.rule(), 0) < PER_RULE);
                if (fits) {
                    chosen.add(f);
                    evidence.add(evidenceOf(f));
                    perCategory.merge(f.category(), 1, Integer::sum);
                    perRule.merge(f.rule(), 1, Integer::sum);
                }
            }
        }
        return chosen.stream().sorted(FindingRanking.ORDER).toList();
    }

    private static String evidenceOf(Finding f) {
        return String.join(",", f.meetings()) + "|" + String.join(",", f.forums()) + "|"
                + String.join(",", f.actors());
    }
}
