package org.briefingengine.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.engine.facts.ActorMention;
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
 * after the period are left out, so a report never sees its future. Of the meetings older than the windows trends
 * compare, an actor's mentions in a role other than co-chair and host are inserted once per actor and role (see
 * {@link #keepsEveryMention}): rules ask of those only whether the actor was there before, and every mention would
 * hold the rule engine's memory for nothing (a million at 100,000 meetings).
 */
public final class FactFlattener {

    private FactFlattener() {
    }

    static List<Object> flatten(FactSet facts, Period period) {
        List<Object> out = new ArrayList<>();
        out.add(window(period));
        out.addAll(facts.forums());
        out.addAll(facts.actors());
        out.addAll(facts.persons());
        out.addAll(facts.topics());
        Map<String, List<MeetingFact>> byForum = new LinkedHashMap<>();
        java.util.Set<String> olderActorRoles = new java.util.HashSet<>();
        for (Meeting meeting : facts.meetings()) {
            if (meeting.start().earliest().isAfter(period.end())) {
                continue;
            }
            MeetingFact placed = place(meeting, period);
            out.add(placed);
            byForum.computeIfAbsent(meeting.forum(), f -> new ArrayList<>()).add(placed);
            for (String topic : meeting.topics()) {
                out.add(new TopicMention(meeting.id(), meeting.forum(), topic, placed.lag(), placed.earlier(), true,
                        quarterOf(meeting), yearOf(meeting), meeting.weightOf(topic)));
            }
            addActors(out, facts, meeting, placed, period, olderActorRoles);
        }
        byForum.values().forEach(series -> out.addAll(ForumSeries.steps(series)));
        return out;
    }

    static ReportWindow window(Period period) {
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

    private static void addActors(List<Object> out, FactSet facts, Meeting meeting, MeetingFact placed, Period period,
                                  java.util.Set<String> olderActorRoles) {
        List<ActorMention> mentions = new ArrayList<>();
        meeting.participants().forEach(a -> mentions.add(actor(facts, meeting, placed, a, "participant")));
        meeting.coChairs().forEach(a -> mentions.add(actor(facts, meeting, placed, a, "co-chair")));
        meeting.hosts().forEach(a -> mentions.add(actor(facts, meeting, placed, a, "host")));
        meeting.roles().forEach((role, actors) -> actors.forEach(a -> mentions.add(actor(facts, meeting, placed, a,
                role))));
        List<Object> all = new ArrayList<>(mentions);
        addMemberships(all, facts, meeting, mentions);
        if (keepsEveryMention(placed, period)) {
            out.addAll(all);
            return;
        }
        for (Object o : all) {
            ActorMention m = (ActorMention) o;
            if (LEAD_ROLES.contains(m.role())
                    || olderActorRoles.add(m.actor() + "\u0000" + m.role() + "\u0000" + m.direct())) {
                out.add(m);
            }
        }
    }

    /** The roles rules pair actors by (co-chair-pair, lead-pair): their mentions are kept at every meeting. */
    private static final java.util.Set<String> LEAD_ROLES = java.util.Set.of("co-chair", "host");

    /**
     * True for a meeting in the period, straddling it, or in a window trends compare it with (the period before, the
     * same quarter a year before): every actor mention of it is inserted. Older meetings give one mention per actor
     * and role (co-chairs and hosts excepted), enough for "seen before" (derive/keys.drl).
     */
    private static boolean keepsEveryMention(MeetingFact placed, Period period) {
        int comparedBack = period.kind() == Period.Kind.QUARTER ? 4 : 1;
        return !placed.earlier() || (placed.lag() >= 1 && placed.lag() <= comparedBack);
    }

    /**
     * A member's presence also counts for the groups it belonged to on the meeting's date (AOSIS's for the G77), as
     * derive/part-mention does for an organisation's parts, unless the group holds that role there itself. The dates
     * decide, so it is done here rather than in a rule.
     */
    private static void addMemberships(List<Object> out, FactSet facts, Meeting meeting, List<ActorMention> mentions) {
        java.util.Set<String> direct = new java.util.HashSet<>();
        mentions.forEach(m -> direct.add(m.actor() + "\u0000" + m.role()));
        java.util.Set<String> added = new java.util.HashSet<>();
        for (ActorMention mention : mentions) {
            facts.actor(mention.actor()).ifPresent(a -> a.memberships().stream()
                    .filter(m -> m.covers(meeting.start()))
                    .map(m -> m.of() + "\u0000" + mention.role())
                    .filter(key -> !direct.contains(key) && added.add(key))
                    .map(key -> key.substring(0, key.indexOf('\u0000')))
                    .forEach(group -> out.add(mention.forParent(group, partOf(facts, group)))));
        }
    }

    private static ActorMention actor(FactSet facts, Meeting meeting, MeetingFact placed, String actor, String role) {
        return new ActorMention(meeting.id(), meeting.forum(), actor, role, placed.lag(), placed.earlier(), true,
                facts.isPresence(role), partOf(facts, actor));
    }

    private static String partOf(FactSet facts, String actor) {
        return facts.actor(actor).map(org.briefingengine.model.Actor::partOf).orElse("");
    }

    /** The meeting placed against the period: its lag, whether it lies before it or straddles it, its weight. */
    public static MeetingFact place(Meeting meeting, Period period) {
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
                meeting.participantCount() == null ? 0 : meeting.participantCount(), weightOf(meeting));
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

    /** The sum of a meeting's topic weights: 1 when the data gives none, so shares are shares of meetings. */
    private static double weightOf(Meeting meeting) {
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
