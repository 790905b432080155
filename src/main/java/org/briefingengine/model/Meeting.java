package org.briefingengine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;

/**
 * One meeting of a forum. {@code participantCount} carries what the source says when only a count is known
 * ("ministers from 45 states"), with {@code participantNote} quoting it. Actor lists hold actor ids,
 * {@code people} holds person ids. {@code edition} is the meeting's number in its forum's own series when the
 * source gives one (the 4th Paris Peace Forum; 1 = the forum's first meeting), else null. {@code topicWeights} says
 * how much of the meeting a topic took (agenda items, sections, paragraphs: the data set says which), for the
 * topics where the source tells; trends and rankings use it in place of a plain count. {@code roles} holds the
 * actors in any other role of the roles register ({@code rules/roles.json}), by role id: {@code voted-yes},
 * {@code speaker}, {@code mentioned}…
 */
public record Meeting(String id, String forum, String title, PartialDate start, PartialDate end,
                      String place, MeetingMode mode, MeetingLevel level,
                      List<String> coChairs, List<String> hosts, List<String> participants, List<String> people,
                      Integer participantCount, String participantNote,
                      List<String> topics, List<String> initiatives, List<String> outcomes,
                      List<Source> sources, Integer edition, Map<String, Double> topicWeights,
                      Map<String, List<String>> roles) {

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
        topicWeights = topicWeights == null ? Map.of() : Map.copyOf(topicWeights);
        TreeMap<String, List<String>> sortedRoles = new TreeMap<>();
        (roles == null ? Map.<String, List<String>>of() : roles)
                .forEach((role, actors) -> sortedRoles.put(role, List.copyOf(actors)));
        // most meetings name no other roles: one shared empty map, not a tree each (80 bytes a meeting at 1M)
        roles = sortedRoles.isEmpty() ? java.util.Collections.emptySortedMap()
                : java.util.Collections.unmodifiableSortedMap(sortedRoles);
    }

    /** The actors the meeting lists in {@code role}: participant, co-chair, host or a role of the roles register. */
    public List<String> listed(String role) {
        List<String> own = switch (role) {
            case "participant" -> participants;
            case "co-chair" -> coChairs;
            case "host" -> hosts;
            default -> List.of();
        };
        List<String> more = roles.getOrDefault(role, List.of());
        if (more.isEmpty()) {
            return own;
        }
        // a data set may also give participants, co-chairs or hosts under roles: both lists count, each actor once
        java.util.LinkedHashSet<String> both = new java.util.LinkedHashSet<>(own);
        both.addAll(more);
        return List.copyOf(both);
    }

    /** The roles the meeting lists actors in: participant, co-chair and host, then those of the roles register. */
    public List<String> listedRoles() {
        if (roles.isEmpty()) {
            return STANDARD_ROLES;
        }
        List<String> all = new java.util.ArrayList<>(STANDARD_ROLES);
        roles.keySet().stream().filter(role -> !STANDARD_ROLES.contains(role)).forEach(all::add);
        return all;
    }

    private static final List<String> STANDARD_ROLES = List.of("participant", "co-chair", "host");

    /** A meeting whose actors are all co-chairs, hosts or participants. */
    public Meeting(String id, String forum, String title, PartialDate start, PartialDate end,
                   String place, MeetingMode mode, MeetingLevel level,
                   List<String> coChairs, List<String> hosts, List<String> participants, List<String> people,
                   Integer participantCount, String participantNote,
                   List<String> topics, List<String> initiatives, List<String> outcomes, List<Source> sources,
                   Integer edition, Map<String, Double> topicWeights) {
        this(id, forum, title, start, end, place, mode, level, coChairs, hosts, participants, people,
                participantCount, participantNote, topics, initiatives, outcomes, sources, edition, topicWeights,
                Map.of());
    }

    /** A meeting with no edition number and no topic weights. */
    public Meeting(String id, String forum, String title, PartialDate start, PartialDate end,
                   String place, MeetingMode mode, MeetingLevel level,
                   List<String> coChairs, List<String> hosts, List<String> participants, List<String> people,
                   Integer participantCount, String participantNote,
                   List<String> topics, List<String> initiatives, List<String> outcomes, List<Source> sources) {
        this(id, forum, title, start, end, place, mode, level, coChairs, hosts, participants, people,
                participantCount, participantNote, topics, initiatives, outcomes, sources, null, null, Map.of());
    }

    /** How much of the meeting a topic took: its weight when the data gives one, else 1. */
    public double weightOf(String topic) {
        return topicWeights.getOrDefault(topic, 1.0);
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
