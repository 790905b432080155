package org.briefingengine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;
import org.junit.jupiter.api.Test;

/** What the watch loop prints between two runs, compared by finding id. */
class FindingsDiffTest {

    @Test
    void findingsComparedById_printDisappearedThenAppeared() {
        FindingsDiff diff = FindingsDiff.between(List.of(finding("a-1", "A."), finding("b-1", "B.")),
                List.of(finding("b-1", "B."), finding("c-1", "C.")));

        assertThat(diff.lines()).containsExactly("- a-1 A.", "+ c-1 C.");
        assertThat(diff.summary()).isEqualTo("1 appeared, 1 disappeared");
    }

    @Test
    void sameFindings_areNoChange() {
        FindingsDiff diff = FindingsDiff.between(List.of(finding("a-1", "A.")), List.of(finding("a-1", "A.")));

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.summary()).isEqualTo("no change");
    }

    private static Finding finding(String id, String statement) {
        return new Finding(id, "r", Category.TREND, Severity.LOW, 0, statement, "s", "2021-Q4", List.of(), List.of(),
                List.of(), List.of());
    }
}
