package org.briefingengine.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
 * after the period are left out, so a report never sees its future.
 */
final class FactFlattener {

    private FactFlattener() {
    }

    static List<Object> flatten(FactSet facts, Period period) {
        List<Object> out = new ArrayList<>();
        out.add(window(period));
        out.addAll(facts.forums());
        out.addAll(facts.actors());
        out.addAll(facts.persons());
        out.addAll(facts.topics());
        for (Meeting meeting : facts.meetings()) {
            if (meeting.start().earliest().isAfter(period.end())) {
                continue;
            }
            MeetingFact placed = place(meeting, period);
            out.add(placed);
            for (String topic : meeting.topics()) {
                out.add(new TopicMention(meeting.id(), meeting.forum(), topic, placed.lag(), placed.earlier(), true,
                        quarterOf(meeting), yearOf(meeting)));
            }
            addActors(out, facts, meeting, placed);
        }
        return out;
    }

    static ReportWindow window(Period period) {
        boolean comparable = period.kind() != Period.Kind.ALL;
        int yearAgoLag = switch (period.kind()) {
            case QUARTER -> 4;
            case YEAR -> 1;
            default -> 0;
        };
        String phrase = comparable ? "in " + period.label() : "across the whole record";
        return new ReportWindow(period.label(), phrase, period.kind().name().toLowerCase(java.util.Locale.ROOT),
                comparable ? period.previous().label() : "", yearAgoLag, comparable);
    }

    private static void addActors(List<Object> out, FactSet facts, Meeting meeting, MeetingFact placed) {
        meeting.participants().forEach(a -> out.add(actor(facts, meeting, placed, a, "participant")));
        meeting.coChairs().forEach(a -> out.add(actor(facts, meeting, placed, a, "co-chair")));
        meeting.hosts().forEach(a -> out.add(actor(facts, meeting, placed, a, "host")));
        meeting.roles().forEach((role, actors) -> actors.forEach(a -> out.add(actor(facts, meeting, placed, a, role))));
    }

    private static ActorMention actor(FactSet facts, Meeting meeting, MeetingFact placed, String actor, String role) {
        return new ActorMention(meeting.id(), meeting.forum(), actor, role, placed.lag(), placed.earlier(),
                facts.isPresence(role));
    }

    static MeetingFact place(Meeting meeting, Period period) {
        PartialDate date = meeting.start();
        boolean earlier = date.latest().isBefore(period.start());
        boolean straddling = period.straddles(date);
        int lag = lag(date, period);
        boolean endBeforeStart = meeting.end() != null && meeting.end().latest().isBefore(meeting.start().earliest());
        return new MeetingFact(meeting.id(), meeting.forum(), lag, earlier, straddling,
                meeting.start().precision().name().toLowerCase(java.util.Locale.ROOT), meeting.topics().size(),
                meeting.sources().size(), endBeforeStart, meeting.start().toString(), meeting);
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

    private static String quarterOf(Meeting meeting) {
        DatePrecision p = meeting.start().precision();
        return p == DatePrecision.YEAR ? "" : Period.quarterOf(meeting.start().earliest()).label();
    }

    private static String yearOf(Meeting meeting) {
        return Integer.toString(meeting.start().year());
    }
}
