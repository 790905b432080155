package org.briefingengine.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.briefingengine.engine.facts.ActorMention;
import org.briefingengine.engine.facts.Attendance;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.engine.facts.ReportWindow;
import org.briefingengine.engine.facts.TopicMention;
import org.briefingengine.model.DatePrecision;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Period;

/**
 * Turns the fact set into the flat facts rules match on, placing each meeting against the report window. Meetings
 * after the period are left out, so a report never sees its future. Who was at each meeting and which topics it raised go in
 * once per meeting ({@link Attendance} and the families on its {@link MeetingFact}); {@link ActorTally} and
 * {@link TopicTally} gather them per actor and topic. A fact per meeting and topic or actor would hold the rule
 * engine's memory for nothing (a million and a half at 100,000 meetings): {@link TopicMention}s and
 * {@link ActorMention}s are inserted only for a rule base that matches on them.
 */
public final class FactFlattener {

    private FactFlattener() {
    }

    /** The facts for a rule base that matches on neither {@link TopicMention} nor {@link ActorMention}. */
    static List<Object> flatten(FactSet facts, Period period) {
        return flatten(facts, period, type -> false);
    }

    /**
     * The facts; one {@link TopicMention} per meeting and topic raised, and one {@link ActorMention} per meeting, actor
     * and role, only when the rule base {@code matches} the type.
     */
    static List<Object> flatten(FactSet facts, Period period, Predicate<Class<?>> matches) {
        boolean topicMentions = matches.test(TopicMention.class);
        boolean actorMentions = matches.test(ActorMention.class);
        List<Object> out = new ArrayList<>();
        ReportWindow window = window(period);
        out.add(window);
        out.addAll(facts.forums());
        out.addAll(facts.actors());
        out.addAll(facts.persons());
        out.addAll(facts.topics());
        Map<String, List<MeetingFact>> byForum = new LinkedHashMap<>();
        ActorTally actors = new ActorTally(facts, window.comparedLags());
        TopicTally topics = new TopicTally(facts.topics(), window.comparedLags());
        PairTally pairs = new PairTally();
        java.util.Set<String> olderActorRoles = new java.util.HashSet<>();
        for (Meeting meeting : facts.meetings()) {
            if (meeting.start().earliest().isAfter(period.end())) {
                continue;
            }
            Map<String, List<Double>> families = families(meeting, facts);
            MeetingFact placed = place(meeting, period, Attendance.of(meeting, facts), sums(families));
            out.add(placed);
            byForum.computeIfAbsent(meeting.forum(), f -> new ArrayList<>()).add(placed);
            actors.add(placed);
            topics.add(placed);
            pairs.add(placed);
            if (topicMentions) {
                addTopics(out, placed, families);
            }
            if (actorMentions) {
                addActors(out, facts, placed, period, olderActorRoles);
            }
        }
        out.addAll(actors.windows());
        out.addAll(actors.before());
        out.addAll(topics.windows());
        out.addAll(topics.buckets());
        out.addAll(topics.before());
        out.addAll(pairs.pairs());
        byForum.values().forEach(series -> out.addAll(ForumSeries.steps(series)));
        return out;
    }

    /**
     * The families the meeting's topics count for (a child's parent in the taxonomy) where it is not tagged with the
     * family itself, each with the distinct weights of its tagged children: siblings of equal weight count once.
     */
    static Map<String, List<Double>> families(Meeting meeting, FactSet facts) {
        Map<String, List<Double>> families = new LinkedHashMap<>();
        for (String topic : meeting.topics()) {
            facts.topic(topic).map(org.briefingengine.model.Topic::parent)
                    .filter(family -> family != null && !meeting.topics().contains(family))
                    .ifPresent(family -> {
                        List<Double> weights = families.computeIfAbsent(family, f -> new ArrayList<>());
                        double weight = meeting.weightOf(topic);
                        if (!weights.contains(weight)) {
                            weights.add(weight);
                        }
                    });
        }
        return families;
    }

    private static Map<String, Double> sums(Map<String, List<Double>> families) {
        Map<String, Double> sums = new LinkedHashMap<>();
        families.forEach((family, weights) -> sums.put(family, weights.stream().mapToDouble(w -> w).sum()));
        return sums;
    }

    private static void addTopics(List<Object> out, MeetingFact placed, Map<String, List<Double>> families) {
        Meeting meeting = placed.meeting();
        for (String topic : meeting.topics()) {
            out.add(new TopicMention(meeting.id(), meeting.forum(), topic, placed.lag(), placed.earlier(), true,
                    placed.quarter(), placed.year(), meeting.weightOf(topic)));
        }
        families.forEach((family, weights) -> weights.forEach(weight -> out.add(new TopicMention(meeting.id(),
                meeting.forum(), family, placed.lag(), placed.earlier(), false, placed.quarter(), placed.year(), weight))));
    }

    /** The report window for {@code period}: how statements name it and which windows trends compare. */
    public static ReportWindow window(Period period) {
        boolean comparable = period.kind() != Period.Kind.ALL;
        int yearAgoLag = switch (period.kind()) {
            case QUARTER -> 4;
            case YEAR -> 1;
            default -> 0;
        };
        String previous = comparable ? period.previous().label() : "";
        return new ReportWindow(period.label(), Phrasing.in(period.label()),
                period.kind().name().toLowerCase(java.util.Locale.ROOT), previous, yearAgoLag, comparable,
                Phrasing.period(period.label()), comparable ? Phrasing.period(previous) : "", period.start().getYear(),
                period.end().getYear(), period.end().getMonthValue() == 12 && period.end().getDayOfMonth() == 31,
                Period.quarterOf(period.start()).label());
    }

    private static void addActors(List<Object> out, FactSet facts, MeetingFact placed, Period period,
                                  java.util.Set<String> olderActorRoles) {
        boolean every = keepsEveryMention(placed, period);
        Attendance attendance = placed.attendance();
        for (String role : attendance.roles()) {
            boolean presence = facts.isPresence(role);
            for (String actor : attendance.inRole(role)) {
                boolean listed = attendance.listed(role).contains(actor);
                add(out, new ActorMention(placed.id(), placed.forum(), actor, role, placed.lag(), placed.earlier(),
                        listed, presence, partOf(facts, actor)), every, olderActorRoles);
            }
        }
    }

    private static void add(List<Object> out, ActorMention mention, boolean every, java.util.Set<String> olderActorRoles) {
        if (every || LEAD_ROLES.contains(mention.role())
                || olderActorRoles.add(mention.actor() + "\u0000" + mention.role() + "\u0000" + mention.direct())) {
            out.add(mention);
        }
    }

    /** The roles actors lead meetings in (co-chair, host): their mentions are kept at every meeting. */
    private static final java.util.Set<String> LEAD_ROLES = java.util.Set.of("co-chair", "host");

    /**
     * True for a meeting in the period, straddling it, or in a window trends compare it with (the period before, the
     * same quarter a year before): every actor mention of it is inserted. Older meetings give one mention per actor
     * and role (co-chairs and hosts excepted), enough for a rule asking whether the actor was there before.
     */
    private static boolean keepsEveryMention(MeetingFact placed, Period period) {
        int comparedBack = period.kind() == Period.Kind.QUARTER ? 4 : 1;
        return !placed.earlier() || (placed.lag() >= 1 && placed.lag() <= comparedBack);
    }

    private static String partOf(FactSet facts, String actor) {
        return facts.actor(actor).map(org.briefingengine.model.Actor::partOf).orElse("");
    }

    /** The meeting placed against the period, with who was there and the families its topics count for. */
    public static MeetingFact place(Meeting meeting, Period period, FactSet facts) {
        return place(meeting, period, Attendance.of(meeting, facts), sums(families(meeting, facts)));
    }

    /** The meeting placed against the period: its lag, whether it lies before it or straddles it, its weight. */
    private static MeetingFact place(Meeting meeting, Period period, Attendance attendance, Map<String, Double> families) {
        PartialDate date = meeting.start();
        boolean earlier = date.latest().isBefore(period.start());
        boolean straddling = period.straddles(date);
        int lag = lag(date, period);
        boolean endBeforeStart = meeting.end() != null && meeting.end().latest().isBefore(meeting.start().earliest());
        return new MeetingFact(meeting.id(), meeting.forum(), lag, earlier, straddling,
                meeting.start().precision().name().toLowerCase(java.util.Locale.ROOT), meeting.topics().size(),
                meeting.topics(), meeting.sources().size(), endBeforeStart, meeting.start().toString(), meeting, yearOf(meeting),
                quarterOf(meeting), jsonName(meeting.mode()), meeting.levelIfKnown().map(FactFlattener::jsonName).orElse(""),
                meeting.edition() == null ? 0 : meeting.edition(),
                meeting.participantCount() == null ? 0 : meeting.participantCount(), weightOf(meeting), attendance,
                families);
    }

    /** The window (0 = the period, 1 = the one before…) wholly holding the date, or -1 when none does. */
    private static int lag(PartialDate date, Period period) {
        if (period.contains(date)) {
            return 0;
        }
        if (period.kind() == Period.Kind.ALL || !date.latest().isBefore(period.start())) {
            return -1;
        }
        long months = period.months();
        long back = ChronoUnit.MONTHS.between(date.earliest().withDayOfMonth(1), period.start());
        int lag = (int) ((back + months - 1) / months);
        java.time.LocalDate windowStart = period.start().minusMonths(lag * months);
        java.time.LocalDate windowEnd = period.end().plusDays(1).minusMonths(lag * months).minusDays(1);
        boolean inside = !date.earliest().isBefore(windowStart) && !date.latest().isAfter(windowEnd);
        return inside ? lag : -1;
    }

    /**
     * The sum of a meeting's topic weights: 1 when the data gives none, so shares are shares of meetings; 0 when it has
     * no topic recorded, which says nothing about any topic's share.
     */
    private static double weightOf(Meeting meeting) {
        if (meeting.topics().isEmpty()) {
            return 0;
        }
        if (meeting.topicWeights().isEmpty()) {
            return 1.0;
        }
        return meeting.topics().stream().mapToDouble(meeting::weightOf).sum();
    }

    private static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    // A quarter's label comes interned from Period; the year's is interned here: each is shared by every mention of
    // every meeting in it, not made once per mention.
    private static String quarterOf(Meeting meeting) {
        DatePrecision p = meeting.start().precision();
        return p == DatePrecision.YEAR ? "" : Period.quarterOf(meeting.start().earliest()).label();
    }

    private static String yearOf(Meeting meeting) {
        return Integer.toString(meeting.start().year()).intern();
    }
}
