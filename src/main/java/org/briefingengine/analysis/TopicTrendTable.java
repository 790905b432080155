package org.briefingengine.analysis;

import java.util.List;

/**
 * Meetings per topic per period bucket (quarters, or years for longer periods), rows grouped by family:
 * each family row is followed by its children. Counts come from the rules' derived topic counts.
 */
public record TopicTrendTable(List<String> buckets, List<Row> rows) {

    public TopicTrendTable {
        buckets = List.copyOf(buckets);
        rows = List.copyOf(rows);
    }

    /** One topic's meeting counts, one per bucket; {@code child} is true for a topic under a family. */
    public record Row(String topic, String family, boolean child, List<Integer> counts) {
        public Row {
            counts = List.copyOf(counts);
        }

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
