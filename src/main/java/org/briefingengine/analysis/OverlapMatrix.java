package org.briefingengine.analysis;

import java.util.List;

/**
 * In the report's period: meetings per topic (rows, family-aware) per forum (columns), and how alike each pair
 * of forums is over their topic sets (Jaccard index).
 */
public record OverlapMatrix(List<String> topics, List<String> forums, List<List<Integer>> counts,
                            List<ForumSimilarity> similarities) {

    public OverlapMatrix {
        topics = List.copyOf(topics);
        forums = List.copyOf(forums);
        counts = counts.stream().map(List::copyOf).toList();
        similarities = List.copyOf(similarities);
    }

    public int count(String topic, String forum) {
        int row = topics.indexOf(topic);
        int col = forums.indexOf(forum);
        return row < 0 || col < 0 ? 0 : counts.get(row).get(col);
    }

    /** Number of forums in which the topic was raised. */
    public int forumCount(String topic) {
        int row = topics.indexOf(topic);
        return row < 0 ? 0 : (int) counts.get(row).stream().filter(c -> c > 0).count();
    }

    /** Two forums and the topics they share. */
    public record ForumSimilarity(String forumA, String forumB, double jaccard, List<String> sharedTopics) {
        public ForumSimilarity {
            sharedTopics = List.copyOf(sharedTopics);
        }
    }
}
