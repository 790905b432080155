package org.briefingengine.engine.facts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Membership;

/**
 * Who was at a meeting, in each role: the actors it lists, and those {@code counted} there for another's presence.
 * A member's presence counts for each group it belonged to on the meeting's date (AOSIS's for the G77), and any
 * presence, listed or counted, for the registered organisation the actor is part of (OHCHR's for the UN, and on up the
 * chain), in the same role, unless the meeting lists that group or organisation in the role itself. This is the one
 * place that rule of counting lives: rules read it through {@link MeetingFact}, {@link ActorWindow} and
 * {@link ActorMention}.
 */
public record Attendance(Meeting meeting, Map<String, Set<String>> counted) {

    public Attendance {
        // sorted, so what rules go through comes in the same order on every run
        java.util.SortedMap<String, Set<String>> copy = new java.util.TreeMap<>();
        counted.forEach((role, actors) -> copy.put(role,
                java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(actors))));
        // most meetings count no one for another: one shared empty map
        counted = copy.isEmpty() ? Map.of() : java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The meeting's attendance under the register of {@code facts} (parts, groups and their dates). */
    public static Attendance of(Meeting meeting, FactSet facts) {
        Map<String, Set<String>> counted = new HashMap<>();
        Deque<Mention> parts = new ArrayDeque<>();
        for (String role : meeting.listedRoles()) {
            for (String actor : meeting.listed(role)) {
                parts.add(new Mention(actor, role));
                // a loop, not a stream: this runs for every actor of every meeting, and most have no memberships
                for (Membership membership : memberships(facts, actor)) {
                    if (membership.covers(meeting.start())) {
                        count(meeting, counted, membership.of(), role, parts);
                    }
                }
            }
        }
        while (!parts.isEmpty()) {
            Mention mention = parts.poll();
            facts.actor(mention.actor()).map(Actor::partOf)
                    .filter(parent -> !parent.isEmpty() && facts.actor(parent).isPresent())
                    .ifPresent(parent -> count(meeting, counted, parent, mention.role(), parts));
        }
        return new Attendance(meeting, counted);
    }

    private static List<Membership> memberships(FactSet facts, String actor) {
        return facts.actor(actor).map(Actor::memberships).orElse(List.of());
    }

    private static void count(Meeting meeting, Map<String, Set<String>> counted, String actor, String role,
                              Deque<Mention> parts) {
        if (!meeting.listed(role).contains(actor)
                && counted.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(actor)) {
            parts.add(new Mention(actor, role));
        }
    }

    /** The roles anyone was at the meeting in, listed or counted. */
    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>(meeting.listedRoles());
        roles.addAll(counted.keySet());
        return roles;
    }

    /** The actors listed in the role. */
    public List<String> listed(String role) {
        return meeting.listed(role);
    }

    /** The actors counted in the role for another's presence (none of them listed in it). */
    public Set<String> countedIn(String role) {
        return counted.getOrDefault(role, Set.of());
    }

    /** The actors there in the role: those listed, in the meeting's order, then those counted, in id order. */
    public Set<String> inRole(String role) {
        Set<String> counts = countedIn(role);
        Set<String> all = new LinkedHashSet<>(listed(role));
        all.addAll(counts);
        return all;
    }

    private record Mention(String actor, String role) {
    }
}
