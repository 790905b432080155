package org.briefingengine.engine;

import java.util.List;
import java.util.Map;
import org.briefingengine.engine.facts.ForumSimilarity;
import org.briefingengine.engine.facts.TopicCount;
import org.briefingengine.engine.facts.TopicForumCount;
import org.briefingengine.model.Finding;
import org.briefingengine.model.RuleAudit;

/** What one session concluded: findings, the derived counts the reports tabulate, and the rule audit. */
public record EngineResult(List<Finding> findings, List<TopicCount> topicCounts, List<TopicForumCount> topicForumCounts,
                           List<ForumSimilarity> similarities, List<RuleAudit> audit, Map<String, Integer> firings) {

    public EngineResult {
        findings = List.copyOf(findings);
        topicCounts = List.copyOf(topicCounts);
        topicForumCounts = List.copyOf(topicForumCounts);
        similarities = List.copyOf(similarities);
        audit = List.copyOf(audit);
        firings = Map.copyOf(firings);
    }
}
