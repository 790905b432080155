package org.briefingengine.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.engine.FactFlattener;
import org.briefingengine.engine.facts.ForumSimilarity;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.engine.facts.ReportWindow;
import org.briefingengine.engine.facts.SeenBefore;
import org.briefingengine.engine.facts.TopicCount;
import org.briefingengine.engine.facts.TopicForumCount;
import org.briefingengine.engine.facts.TopicBaseline;
import org.briefingengine.engine.facts.TopicTrend;
import org.briefingengine.engine.facts.WindowTotal;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Period;
import org.briefingengine.model.Topic;

/**
 * The yardstick: the derived counts the rule pack works out (topic counts per quarter, year and forum, the window
 * totals, the topic trends and usual shares, forum similarity and what was seen before the period), computed again in plain Java from
 * the same meetings, so the bench can say how much the rule engine costs over straight code, and check that both agree.
 * Each count is written as one line ({@code kind|key|values}); two computations agree when their lines are the same.
 */
public final class PlainCounts {

    private PlainCounts() {
    }

    /** One meeting as the rules see it, with the topics it counts for (its own and their families). */
    private record Placed(MeetingFact fact, Map<String, Double> topics, List<String> presentActors) {
    }

    /** {@code baselinePeriods} is {@code trend.baselinePeriods}: how many windows a topic's usual share covers. */
    public static Set<String> compute(FactSet facts, Period period, int baselinePeriods) {
        Map<String, String> parents = new HashMap<>();
        facts.topics().forEach(t -> parents.put(t.id(), t.parent()));
        List<Placed> meetings = new ArrayList<>();
        for (Meeting meeting : facts.meetings()) {
            if (!meeting.start().earliest().isAfter(period.end())) {
                meetings.add(place(facts, meeting, period, parents));
            }
        }
        Set<String> lines = new HashSet<>();
        topicCounts(meetings, lines);
        Map<Integer, double[]> totals = windowTotals(meetings, period, lines);
        forumCounts(facts, meetings, lines);
        if (period.kind() != Period.Kind.ALL) {
            trends(facts, meetings, totals, lines);
            baselines(facts, meetings, period, baselinePeriods, lines);
        }
        firstSeen(meetings, lines);
        return lines;
    }

    /** The same lines from the facts the rules derived. */
    public static Set<String> ofDerived(List<TopicCount> counts, List<TopicForumCount> forumCounts,
                                        List<ForumSimilarity> similarities, List<WindowTotal> totals,
                                        List<TopicTrend> trends, List<TopicBaseline> baselines,
                                        List<SeenBefore> seen) {
        Set<String> lines = new HashSet<>();
        counts.forEach(c -> lines.add(line("count", c.topic() + "@" + c.bucket(), c.meetings(), c.forums())));
        forumCounts.forEach(c -> lines.add(line("forum-count", c.topic() + "@" + c.forum(), c.meetings())));
        similarities.forEach(s -> lines.add(line("similar", s.forumA() + "~" + s.forumB(), s.jaccard(),
                String.join(",", s.sharedTopics()))));
        totals.forEach(t -> lines.add(line("window", t.lag(), t.meetings(), t.recorded(), t.weight())));
        trends.forEach(t -> lines.add(line("trend", t.topic() + "@" + t.against(), t.meetingsNow().size(),
                t.meetingsBefore().size(), t.forumsNow().size(), t.forumsBefore().size(), t.weightNow(),
                t.weightBefore(), t.recordedNow(), t.recordedBefore(), t.sameForumsBefore(), t.forumsAgain())));
        baselines.forEach(b -> lines.add(line("baseline", b.topic(), b.against(), b.periods(), b.span(),
                b.meetings().size(), b.weight(), b.held(), b.recorded(), b.total())));
        seen.forEach(s -> lines.add(line(s.kind() + "-seen", s.subject())));
        return lines;
    }

    private static Placed place(FactSet facts, Meeting meeting, Period period, Map<String, String> parents) {
        Map<String, Double> topics = new HashMap<>();
        meeting.topics().forEach(topic -> topics.put(topic, meeting.weightOf(topic)));
        for (String topic : meeting.topics()) {
            String family = parents.get(topic);
            if (family != null) {
                topics.putIfAbsent(family, meeting.weightOf(topic));
            }
        }
        List<String> present = new ArrayList<>();
        meeting.participants().forEach(present::add);
        meeting.coChairs().forEach(present::add);
        meeting.hosts().forEach(present::add);
        meeting.roles().forEach((role, actors) -> {
            if (facts.isPresence(role)) {
                present.addAll(actors);
            }
        });
        return new Placed(FactFlattener.place(meeting, period, facts), topics, present);
    }

    private static void topicCounts(List<Placed> meetings, Set<String> lines) {
        Map<String, Set<String>[]> buckets = new HashMap<>();
        for (Placed m : meetings) {
            for (String topic : m.topics().keySet()) {
                String quarter = m.fact().meeting().start().precision() == org.briefingengine.model.DatePrecision.YEAR
                        ? "" : Period.quarterOf(m.fact().meeting().start().earliest()).label();
                if (!quarter.isEmpty()) {
                    add(buckets, topic + "@" + quarter, m);
                }
                add(buckets, topic + "@" + m.fact().year(), m);
            }
        }
        buckets.forEach((key, sets) -> lines.add(line("count", key, sets[0].size(), sets[1].size())));
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Set<String>[]> buckets, String key, Placed m) {
        Set<String>[] sets = buckets.computeIfAbsent(key, k -> new Set[] {new HashSet<>(), new HashSet<>()});
        sets[0].add(m.fact().id());
        sets[1].add(m.fact().forum());
    }

    private static Map<Integer, double[]> windowTotals(List<Placed> meetings, Period period, Set<String> lines) {
        Set<Integer> lags = new TreeSet<>(List.of(0));
        if (period.kind() != Period.Kind.ALL) {
            lags.add(1);
            lags.add(period.kind() == Period.Kind.QUARTER ? 4 : period.kind() == Period.Kind.YEAR ? 1 : 0);
        }
        Map<Integer, double[]> totals = new HashMap<>();
        lags.forEach(lag -> totals.put(lag, new double[3]));
        for (Placed m : meetings) {
            double[] total = totals.get(m.fact().lag());
            if (total != null) {
                total[0]++;
                total[1] += m.fact().weight();
                total[2] += m.topics().isEmpty() ? 0 : 1;
            }
        }
        totals.forEach((lag, t) -> lines.add(line("window", lag, (int) t[0], (int) t[2], t[1])));
        return totals;
    }

    private static void forumCounts(FactSet facts, List<Placed> meetings, Set<String> lines) {
        Map<String, Set<String>> meetingsPerTopicForum = new HashMap<>();
        Map<String, Set<String>> topicsPerForum = new HashMap<>();
        for (Placed m : meetings) {
            if (m.fact().lag() != 0) {
                continue;
            }
            for (String topic : m.topics().keySet()) {
                meetingsPerTopicForum.computeIfAbsent(topic + "@" + m.fact().forum(), k -> new HashSet<>())
                        .add(m.fact().id());
                topicsPerForum.computeIfAbsent(m.fact().forum(), k -> new HashSet<>()).add(topic);
            }
        }
        meetingsPerTopicForum.forEach((key, ids) -> lines.add(line("forum-count", key, ids.size())));
        List<String> forums = facts.forums().stream().map(org.briefingengine.model.Forum::id)
                .filter(topicsPerForum::containsKey).sorted().toList();
        for (int i = 0; i < forums.size(); i++) {
            for (int j = i + 1; j < forums.size(); j++) {
                Set<String> a = topicsPerForum.get(forums.get(i));
                Set<String> b = topicsPerForum.get(forums.get(j));
                TreeSet<String> shared = new TreeSet<>(a);
                shared.retainAll(b);
                Set<String> union = new HashSet<>(a);
                union.addAll(b);
                lines.add(line("similar", forums.get(i) + "~" + forums.get(j), (double) shared.size() / union.size(),
                        String.join(",", shared)));
            }
        }
    }

    private static void trends(FactSet facts, List<Placed> meetings, Map<Integer, double[]> totals,
                               Set<String> lines) {
        for (int against : totals.keySet()) {
            if (against == 0) {
                continue;
            }
            Map<String, Set<String>> forumMeetingsNow = new HashMap<>();
            Map<String, Set<String>> forumMeetingsBefore = new HashMap<>();
            Map<String, Window> now = new HashMap<>();
            Map<String, Window> before = new HashMap<>();
            for (Placed m : meetings) {
                int lag = m.fact().lag();
                if (lag == 0 || lag == against) {
                    (lag == 0 ? forumMeetingsNow : forumMeetingsBefore)
                            .computeIfAbsent(m.fact().forum(), f -> new HashSet<>()).add(m.fact().id());
                    m.topics().forEach((topic, weight) ->
                            (lag == 0 ? now : before).computeIfAbsent(topic, t -> new Window()).add(m, weight));
                }
            }
            for (Topic topic : facts.topics()) {
                Window n = now.getOrDefault(topic.id(), new Window());
                Window b = before.getOrDefault(topic.id(), new Window());
                if (n.meetings.isEmpty() && b.meetings.isEmpty()) {
                    continue;
                }
                lines.add(line("trend", topic.id() + "@" + against, n.meetings.size(), b.meetings.size(),
                        n.forums.size(), b.forums.size(), n.weight, b.weight, (int) totals.get(0)[2],
                        (int) totals.get(against)[2], meetingsOf(n.forums, forumMeetingsBefore),
                        meetingsOf(b.forums, forumMeetingsNow)));
            }
        }
    }

    /** Each topic's usual share against each window the period is compared with (the period before, a year before). */
    private static void baselines(FactSet facts, List<Placed> meetings, Period period, int periods,
                                  Set<String> lines) {
        ReportWindow window = FactFlattener.window(period);
        window.comparedLags().stream().filter(against -> against > 0)
                .forEach(against -> baseline(facts, meetings, window, against, periods, lines));
    }

    private static void baseline(FactSet facts, List<Placed> meetings, ReportWindow window, int against, int periods,
                                 Set<String> lines) {
        Set<Integer> lags = new TreeSet<>();
        int held = 0;
        int recorded = 0;
        double total = 0;
        Map<String, Window> usual = new HashMap<>();
        for (Placed m : meetings) {
            int lag = m.fact().lag();
            if (lag >= 2 && window.inBaseline(against, periods, lag)) {
                lags.add(lag);
                held++;
                recorded += m.topics().isEmpty() ? 0 : 1;
                total += m.fact().weight();
                m.topics().forEach((topic, weight) -> usual.computeIfAbsent(topic, t -> new Window()).add(m, weight));
            }
        }
        String label = window.baselineSpan(against, lags);
        for (Topic topic : facts.topics()) {
            Window w = usual.getOrDefault(topic.id(), new Window());
            lines.add(line("baseline", topic.id(), against, lags.size(), label, w.meetings.size(), w.weight, held,
                    recorded, total));
        }
    }

    /** One topic's meetings, forums and weight in one window. */
    private static final class Window {
        final Set<String> meetings = new HashSet<>();
        final Set<String> forums = new HashSet<>();
        double weight;

        void add(Placed m, double topicWeight) {
            if (meetings.add(m.fact().id())) {
                forums.add(m.fact().forum());
                weight += topicWeight;
            }
        }
    }

    private static int meetingsOf(Set<String> forums, Map<String, Set<String>> meetingsPerForum) {
        return forums.stream().mapToInt(f -> meetingsPerForum.getOrDefault(f, Set.of()).size()).sum();
    }

    /** Actors present, and topics raised, at a meeting before the period or at one that may fall in it. */
    private static void firstSeen(List<Placed> meetings, Set<String> lines) {
        for (Placed m : meetings) {
            if (m.fact().earlier() || m.fact().lag() == -1) {
                m.presentActors().forEach(a -> lines.add(line("actor-seen", a)));
                m.topics().keySet().forEach(t -> lines.add(line("topic-seen", t)));
            }
        }
    }

    private static String line(String kind, Object... values) {
        StringBuilder out = new StringBuilder(kind);
        for (Object value : values) {
            out.append('|').append(value instanceof Double d ? String.format(java.util.Locale.ROOT, "%.6f", d) : value);
        }
        return out.toString();
    }
}
