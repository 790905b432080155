package org.briefingengine.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.briefingengine.engine.EngineResult;
import org.briefingengine.engine.facts.ForumSimilarity;
import org.briefingengine.engine.facts.TopicCount;
import org.briefingengine.engine.facts.TopicForumCount;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.model.Topic;

/** Builds the report every writer renders from what the rules concluded; it counts nothing the rules did not. */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    public static BriefingReport assemble(FactSet facts, Period period, EngineResult result, InputDigest inputs,
                                          Instant generatedAt, String version, Map<String, Parameter> parameters) {
        List<Meeting> meetings = facts.meetingsIn(period);
        List<Meeting> imprecise = facts.meetings().stream().filter(m -> period.straddles(m.start())).toList();
        Map<String, String> parameterText = new TreeMap<>();
        parameters.forEach((name, p) -> parameterText.put(name, p.valueText()));
        return new BriefingReport(period, generatedAt, version, inputs, facts, meetings, imprecise,
                FindingRanking.rank(FindingGroups.group(result.findings(), facts)), trend(facts, period, result.topicCounts()),
                overlap(facts, meetings, result.topicForumCounts(), result.similarities()), result.audit(),
                parameterText, ReportOptions.from(parameters), null);
    }

    static TopicTrendTable trend(FactSet facts, Period period, List<TopicCount> counts) {
        List<String> buckets = TrendBuckets.of(period, facts);
        Map<String, Map<String, Integer>> byTopic = new HashMap<>();
        counts.forEach(c -> byTopic.computeIfAbsent(c.topic(), t -> new HashMap<>()).put(c.bucket(), c.meetings()));
        List<TopicTrendTable.Row> rows = new ArrayList<>();
        for (Topic topic : familyOrder(facts.topics())) {
            Map<String, Integer> row = byTopic.getOrDefault(topic.id(), Map.of());
            List<Integer> cells = buckets.stream().map(b -> row.getOrDefault(b, 0)).toList();
            if (cells.stream().anyMatch(c -> c > 0)) {
                rows.add(new TopicTrendTable.Row(topic.id(), topic.family(), topic.parent() != null, cells));
            }
        }
        return new TopicTrendTable(buckets, rows);
    }

    static OverlapMatrix overlap(FactSet facts, List<Meeting> meetings, List<TopicForumCount> counts,
                                 List<ForumSimilarity> similarities) {
        Set<String> met = meetings.stream().map(Meeting::forum).collect(Collectors.toSet());
        List<String> forums = facts.forums().stream().map(f -> f.id()).filter(met::contains).toList();
        Map<String, Map<String, Integer>> byTopic = new HashMap<>();
        counts.forEach(c -> byTopic.computeIfAbsent(c.topic(), t -> new HashMap<>()).put(c.forum(), c.meetings()));
        List<String> topics = new ArrayList<>();
        List<List<Integer>> cells = new ArrayList<>();
        for (Topic topic : familyOrder(facts.topics())) {
            Map<String, Integer> row = byTopic.get(topic.id());
            if (row != null) {
                topics.add(topic.id());
                cells.add(forums.stream().map(f -> row.getOrDefault(f, 0)).toList());
            }
        }
        List<OverlapMatrix.ForumSimilarity> pairs = similarities.stream()
                .sorted(Comparator.comparingDouble(ForumSimilarity::jaccard).reversed()
                        .thenComparing(ForumSimilarity::forumA).thenComparing(ForumSimilarity::forumB))
                .map(s -> new OverlapMatrix.ForumSimilarity(s.forumA(), s.forumB(), s.jaccard(), s.sharedTopics()))
                .toList();
        return new OverlapMatrix(topics, forums, cells, pairs);
    }

    /** Families in taxonomy order, each followed by its children. */
    static List<Topic> familyOrder(List<Topic> topics) {
        List<Topic> ordered = new ArrayList<>();
        for (Topic family : topics) {
            if (family.parent() == null) {
                ordered.add(family);
                topics.stream().filter(t -> family.id().equals(t.parent())).forEach(ordered::add);
            }
        }
        topics.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }
}
