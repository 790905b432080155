package org.briefingengine.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.model.Actor;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Source;
import org.briefingengine.model.Topic;

/**
 * Builds tiny fact sets for rule tests:
 * {@code facts().forums("a", "b").topics("climate").meeting("m1", "a", "2021-10-13", "climate").build()}.
 * Nothing is validated, on purpose: a test may tag a meeting with a topic or actor id the fact set does not declare,
 * which the ingest layer would have rejected, to see what the quality rules make of it.
 */
final class Facts {

    private static final Source SOURCE = new Source("test", null, Lang.EN, null, null);

    private final List<Forum> forums = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, MeetingSpec> meetings = new LinkedHashMap<>();
    private final List<org.briefingengine.model.Role> roles = new ArrayList<>();

    private Facts() {
    }

    static Facts facts() {
        return new Facts();
    }

    Facts forums(String... ids) {
        for (String id : ids) {
            forums.add(new Forum(id, Names.english("Forum " + id), ForumKind.SUMMIT, List.of(), 1, List.of(SOURCE)));
        }
        return this;
    }

    /** A forum with a cadence, members and, when {@code recordedSince} is not null, a complete record from then on. */
    Facts forum(String id, int cadenceYears, String recordedSince, String... members) {
        forums.add(new Forum(id, Names.english("Forum " + id), ForumKind.SUMMIT, List.of(), cadenceYears,
                List.of(SOURCE), List.of(members), recordedSince == null ? null : PartialDate.parse(recordedSince)));
        return this;
    }

    /** A forum that takes many decisions a day, each its own meeting (the General Assembly's roll calls). */
    Facts manyPerDayForum(String id) {
        forums.add(new Forum(id, Names.english("Forum " + id), ForumKind.UN_ORGAN, List.of(), 1, List.of(SOURCE),
                List.of(), null, true));
        return this;
    }

    /** An organisation that is part of another ({@code partOf("ohchr", "un")}); declare the parent too. */
    Facts partOf(String id, String parent) {
        actors.add(new Actor(id, ActorType.UN_ENTITY, "", Names.english("Actor " + id), List.of(SOURCE), parent));
        return this;
    }

    Facts edition(String meeting, int edition) {
        spec(meeting).edition = edition;
        return this;
    }

    Facts mode(String meeting, MeetingMode mode) {
        spec(meeting).mode = mode;
        return this;
    }

    Facts level(String meeting, org.briefingengine.model.MeetingLevel level) {
        spec(meeting).level = level;
        return this;
    }

    Facts participantCount(String meeting, int count) {
        spec(meeting).participantCount = count;
        return this;
    }

    Facts weight(String meeting, String topic, double weight) {
        spec(meeting).weights.put(topic, weight);
        return this;
    }

    Facts actors(String... ids) {
        for (String id : ids) {
            actors.add(new Actor(id, ActorType.STATE, "", Names.english("Actor " + id), List.of(SOURCE)));
        }
        return this;
    }

    /** Top-level topics (no family). */
    Facts topics(String... ids) {
        for (String id : ids) {
            topic(id, null);
        }
        return this;
    }

    /** A topic under a family ({@code topic("climate-security", "climate")}); declare the family too. */
    Facts topic(String id, String parent) {
        topics.add(new Topic(id, Map.of(Lang.EN, "Topic " + id), Map.of(), parent));
        return this;
    }

    /** A meeting with one source, no actors and the given topic ids; {@code date} as in the fixtures (2021-10-13, 2021). */
    Facts meeting(String id, String forum, String date, String... topicIds) {
        meetings.put(id, new MeetingSpec(id, forum, PartialDate.parse(date), List.of(topicIds)));
        return this;
    }

    Facts participants(String meeting, String... ids) {
        spec(meeting).participants.addAll(Arrays.asList(ids));
        return this;
    }

    Facts coChairs(String meeting, String... ids) {
        spec(meeting).coChairs.addAll(Arrays.asList(ids));
        return this;
    }

    Facts hosts(String meeting, String... ids) {
        spec(meeting).hosts.addAll(Arrays.asList(ids));
        return this;
    }

    /** Co-chairs who are also listed as participants (the usual, clean case). */
    Facts chairedBy(String meeting, String... ids) {
        return coChairs(meeting, ids).participants(meeting, ids);
    }

    Facts noSource(String meeting) {
        spec(meeting).sourced = false;
        return this;
    }

    /** An actor belonging to {@code group} from {@code from} until {@code until} (either may be null). */
    Facts member(String id, String group, String from, String until) {
        actors.add(new Actor(id, ActorType.NEGOTIATING_COALITION, "", Names.english("Actor " + id), List.of(SOURCE), "",
                List.of(new org.briefingengine.model.Membership(group, from == null ? null : PartialDate.parse(from),
                        until == null ? null : PartialDate.parse(until)))));
        return this;
    }

    /** A role of the roles register, and whether it counts as presence. */
    Facts role(String id, boolean presence) {
        roles.add(new org.briefingengine.model.Role(id, id, presence));
        return this;
    }

    /** Actors in a role of the register at a meeting ({@code "voted-yes"}, {@code "mentioned"}). */
    Facts inRole(String meeting, String role, String... ids) {
        spec(meeting).roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(List.of(ids));
        return this;
    }

    Facts ends(String meeting, String date) {
        spec(meeting).end = PartialDate.parse(date);
        return this;
    }

    FactSet build() {
        return new FactSet(forums, actors, List.of(), topics, meetings.values().stream().map(MeetingSpec::toMeeting).toList(),
                roles);
    }

    private MeetingSpec spec(String meeting) {
        MeetingSpec spec = meetings.get(meeting);
        if (spec == null) {
            throw new IllegalArgumentException("no meeting " + meeting + " declared yet");
        }
        return spec;
    }

    private static final class MeetingSpec {
        private final String id;
        private final String forum;
        private final PartialDate start;
        private final List<String> topics;
        private final List<String> participants = new ArrayList<>();
        private final List<String> coChairs = new ArrayList<>();
        private final List<String> hosts = new ArrayList<>();
        private final Map<String, Double> weights = new LinkedHashMap<>();
        private final Map<String, List<String>> roles = new LinkedHashMap<>();
        private PartialDate end;
        private boolean sourced = true;
        private Integer edition;
        private Integer participantCount;
        private MeetingMode mode = MeetingMode.IN_PERSON;
        private org.briefingengine.model.MeetingLevel level;

        MeetingSpec(String id, String forum, PartialDate start, List<String> topics) {
            this.id = id;
            this.forum = forum;
            this.start = start;
            this.topics = topics;
        }

        Meeting toMeeting() {
            return new Meeting(id, forum, "Meeting " + id, start, end, null, mode, level, coChairs,
                    hosts, participants, List.of(), participantCount, null, topics, List.of(), List.of(),
                    sourced ? List.of(SOURCE) : List.of(), edition, weights, roles);
        }
    }
}
