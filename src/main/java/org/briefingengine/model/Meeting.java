package org.briefingengine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;

/**
 * One meeting of a forum. {@code participantCount} carries what the source says when only a count is known
 * ("ministers from 45 states"), with {@code participantNote} quoting it. Actor lists hold actor ids,
 * {@code people} holds person ids. {@code roles} holds the actors in any other role of the roles register
 * ({@code rules/roles.json}), by role id: {@code voted-yes}, {@code speaker}, {@code mentioned}…
 */
public record Meeting(String id, String forum, String title, PartialDate start, PartialDate end,
                      String place, MeetingMode mode, MeetingLevel level,
                      List<String> coChairs, List<String> hosts, List<String> participants, List<String> people,
                      Integer participantCount, String participantNote,
                      List<String> topics, List<String> initiatives, List<String> outcomes,
                      List<Source> sources, Map<String, List<String>> roles) {

    /** A meeting whose actors are all co-chairs, hosts or participants. */
    public Meeting(String id, String forum, String title, PartialDate start, PartialDate end,
                   String place, MeetingMode mode, MeetingLevel level,
                   List<String> coChairs, List<String> hosts, List<String> participants, List<String> people,
                   Integer participantCount, String participantNote,
                   List<String> topics, List<String> initiatives, List<String> outcomes, List<Source> sources) {
        this(id, forum, title, start, end, place, mode, level, coChairs, hosts, participants, people,
                participantCount, participantNote, topics, initiatives, outcomes, sources, Map.of());
    }

    public Meeting {
        Objects.requireNonNull(id, "meeting id must not be null");
        Objects.requireNonNull(forum, "meeting forum must not be null");
        Objects.requireNonNull(title, "meeting title must not be null");
        Objects.requireNonNull(start, "meeting start must not be null");
        Objects.requireNonNull(mode, "meeting mode must not be null");
        place = place == null ? "" : place;
        participantNote = participantNote == null ? "" : participantNote;
        coChairs = List.copyOf(coChairs);
        hosts = List.copyOf(hosts);
        participants = List.copyOf(participants);
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        initiatives = List.copyOf(initiatives);
        outcomes = List.copyOf(outcomes);
        sources = List.copyOf(sources);
        TreeMap<String, List<String>> sortedRoles = new TreeMap<>();
        roles.forEach((role, actors) -> sortedRoles.put(role, List.copyOf(actors)));
        roles = java.util.Collections.unmodifiableSortedMap(sortedRoles);
    }

    public Optional<PartialDate> endDate() {
        return Optional.ofNullable(end);
    }

    public Optional<MeetingLevel> levelIfKnown() {
        return Optional.ofNullable(level);
    }

    /** Date text as a reader sees it: "2021-11-11 to 2021-11-13", or a single partial date. */
    public String dateText() {
        return end == null || end.equals(start) ? start.toString() : start + " to " + end;
    }
}
