package org.briefingengine.analysis;

import java.util.Comparator;
import java.util.List;
import org.briefingengine.model.Finding;

/** The one order findings are shown in: severity, then salience (higher first), then id for stability. */
public final class FindingRanking {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Comparator.comparingDouble(Finding::salience).reversed())
            .thenComparing(Finding::id);

    private FindingRanking() {
    }

    public static List<Finding> rank(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }
}
