package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;

/**
 * The topics charted over time, the same in the PDF and the workbook: those the trend and overlap findings are
 * about, in rank order, then the busiest other families, {@code report.trendTopics} in all.
 */
public final class ChartedTopics {

    private ChartedTopics() {
    }

    /** The rows drawn: topics the findings are about first, in the order of their first finding, then the busiest. */
    public static List<TopicTrendTable.Row> select(TopicTrendTable table, List<Finding> findings, int max) {
        Map<String, TopicTrendTable.Row> byTopic = new LinkedHashMap<>();
        table.rows().stream().filter(r -> r.total() > 0).forEach(r -> byTopic.put(r.topic(), r));
        Set<String> chosen = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.category() == Category.TREND || f.category() == Category.OVERLAP) {
                f.topics().stream().filter(byTopic::containsKey).forEach(chosen::add);
                if (byTopic.containsKey(f.subject())) {
                    chosen.add(f.subject());
                }
            }
        }
        List<String> ordered = new ArrayList<>(chosen);
        byTopic.values().stream().filter(r -> !r.child())
                .sorted(Comparator.comparingInt(TopicTrendTable.Row::total).reversed())
                .map(TopicTrendTable.Row::topic).filter(t -> !chosen.contains(t)).forEach(ordered::add);
        return ordered.stream().limit(max).map(byTopic::get).toList();
    }

}
