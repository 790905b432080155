package org.briefingengine.engine.facts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.model.IdPair;
import org.briefingengine.model.Meeting;

/**
 * A meeting placed against the report window. {@code lag} counts windows back (0 = the period itself, 1 = the one
 * before, …) and is -1 when the date is too coarse to place in one window. {@code earlier} is true for anything
 * wholly before the period; {@code straddling} for a coarse date that may or may not fall in the period.
 * {@code topics} are the topics it is tagged with (not their families). {@code quarter} is the quarter it falls in
 * ("" when it is dated only to a year), as on its topic mentions.
 * {@code edition} is its number in the forum's series (0 when unnumbered), {@code participants} the participant count
 * the source gives (0 when it gives none), and {@code weight} the sum of its topic weights (1 when unweighted).
 * {@code attendance} says who was there in each role, listed or counted for a part or a member (see
 * {@link Attendance}); rules ask it through the methods below, one fact per meeting rather than one per actor.
 * {@code families} are the families its topics count for (climate for climate-security) where it is not tagged with
 * the family itself, each with its weight: the sum of the distinct weights of its topics in that family.
 */
public record MeetingFact(String id, String forum, int lag, boolean earlier, boolean straddling, String precision,
                          int topicCount, List<String> topics, int sourceCount, boolean endBeforeStart, String start,
                          Meeting meeting, String year, String quarter, String mode, String level, int edition,
                          int participants, double weight, Attendance attendance, Map<String, Double> families) {

    public MeetingFact {
        // sorted, so raised() hands out the same order on every run
        families = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(families));
    }

    private static final List<String> LEAD_ROLES = List.of("co-chair", "host");

    /** True when the meeting itself lists the actor in the role (participant, co-chair, host or a register role). */
    public boolean lists(String actor, String role) {
        return meeting.listed(role).contains(actor);
    }

    /** True when the actor was there in the role: listed, or counted for one of its parts or members. */
    public boolean attends(String actor, String role) {
        return lists(actor, role) || attendance.countedIn(role).contains(actor);
    }

    /** The actors there in the role, listed or counted, listed ones first. */
    public Set<String> inRole(String role) {
        return attendance.inRole(role);
    }

    /** Every two actors that co-chaired the meeting (listed or counted), in id order. */
    public List<CoChairPair> coChairPairs() {
        return IdPair.allOf(inRole("co-chair")).stream()
                .map(pair -> new CoChairPair(pair.first(), pair.second(), id, forum, lag, earlier)).toList();
    }

    /** Every two actors that co-chaired or hosted the meeting (listed or counted), in id order, each pair once. */
    public List<LeadPair> leadPairs() {
        Set<String> leads = new LinkedHashSet<>();
        LEAD_ROLES.forEach(role -> leads.addAll(inRole(role)));
        return IdPair.allOf(leads).stream().map(pair -> new LeadPair(pair.first(), pair.second(), id, forum, lag))
                .toList();
    }

    /** The actors the meeting itself lists as co-chair or host, each once. */
    public Set<String> listedLeads() {
        Set<String> leads = new LinkedHashSet<>();
        LEAD_ROLES.forEach(role -> leads.addAll(meeting.listed(role)));
        return leads;
    }

    /** The lead roles (co-chair, host) the meeting itself lists the actor in, in alphabetical order. */
    public Set<String> leadRolesOf(String actor) {
        Set<String> roles = new TreeSet<>();
        LEAD_ROLES.stream().filter(role -> lists(actor, role)).forEach(roles::add);
        return roles;
    }

    /** True when the meeting raised the topic: tagged with it, or with a topic of its family. */
    public boolean raises(String topic) {
        return topics.contains(topic) || families.containsKey(topic);
    }

    /** The topics raised, tagged or counted for a family, each with its weight ({@link Meeting#weightOf}, or the family's). */
    public Map<String, Double> raised() {
        Map<String, Double> raised = new java.util.LinkedHashMap<>();
        topics.forEach(topic -> raised.put(topic, meeting.weightOf(topic)));
        raised.putAll(families);
        return raised;
    }

    /** The topics the meeting is tagged with whose ids are not among {@code ids}, in id order. */
    public Set<String> topicsNotIn(Collection<?> ids) {
        Set<String> outside = new TreeSet<>();
        topics.stream().filter(topic -> !ids.contains(topic)).forEach(outside::add);
        return outside;
    }

    /** The actors there in any role, listed or counted, whose ids are not among {@code ids}, in id order. */
    public Set<String> actorsNotIn(Collection<?> ids) {
        Set<String> outside = new TreeSet<>();
        for (String role : attendance.roles()) {
            attendance.inRole(role).stream().filter(actor -> !ids.contains(actor)).forEach(outside::add);
        }
        return outside;
    }
}
