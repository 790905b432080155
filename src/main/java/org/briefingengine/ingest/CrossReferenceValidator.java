package org.briefingengine.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefingengine.ingest.RawFacts.MeetingRefs;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Suggestions;
import org.briefingengine.model.Topic;

/**
 * Checks what no single file can: ids unique across files, every reference resolving (with a suggestion for a
 * likely typo), topic parents existing, and co-chairs or hosts being among the participants (a warning).
 */
final class CrossReferenceValidator {

    private final Problems problems;
    private final Set<String> emptyRegisters = new java.util.HashSet<>();

    CrossReferenceValidator(Problems problems) {
        this.problems = problems;
    }

    /** A register whose files are missing, already reported: its references are not reported one by one. */
    void registerMissing(String kind) {
        emptyRegisters.add(kind);
    }

    void validate(RawFacts raw) {
        Set<String> forums = uniqueIds("forum", raw.forums, f -> f.id());
        Set<String> actors = uniqueIds("actor", raw.actors, a -> a.id());
        Set<String> persons = uniqueIds("person", raw.persons, p -> p.id());
        Set<String> topics = uniqueIds("topic", raw.topics, Topic::id);
        uniqueIds("meeting", raw.meetings, Meeting::id);
        uniqueIds("parameter", raw.parameters, p -> p.name());
        Set<String> roles = uniqueIds("role", raw.roles, r -> r.id());

        for (var forum : raw.forums) {
            refs(forum, "/convenors", forum.value().convenors(), actors, "actor");
            refs(forum, "/members", forum.value().members(), actors, "actor");
        }
        for (var actor : raw.actors) {
            var memberships = actor.value().memberships();
            for (int i = 0; i < memberships.size(); i++) {
                ref(actor.doc(), actor.pointer() + "/memberships/" + i + "/of", memberships.get(i).of(), actors,
                        "actor");
            }
            String partOf = actor.value().partOf();
            if (partOf.equals(actor.value().id())) {
                problems.at(actor.doc(), actor.pointer() + "/partOf", "actor '" + partOf
                        + "' cannot be part of itself: name the organisation it belongs to, or leave 'partOf' out");
            } else if (!partOf.isEmpty()) {
                ref(actor.doc(), actor.pointer() + "/partOf", partOf, actors, "actor");
            }
        }
        for (var person : raw.persons) {
            ref(person.doc(), person.pointer() + "/affiliation", person.value().affiliation(), actors, "actor");
        }
        for (var topic : raw.topics) {
            String parent = topic.value().parent();
            if (parent != null) {
                ref(topic.doc(), topic.pointer() + "/parent", parent, topics, "topic");
            }
        }
        // Over the references of every meeting, bound or not, so a meeting with a bad date still has its typos found.
        for (var meeting : raw.meetingRefs) {
            MeetingRefs m = meeting.value();
            if (m.forum() != null) {
                ref(meeting.doc(), meeting.pointer() + "/forum", m.forum(), forums, "forum");
            }
            refs(meeting, "/coChairs", m.coChairs(), actors, "actor");
            refs(meeting, "/hosts", m.hosts(), actors, "actor");
            refs(meeting, "/participants", m.participants(), actors, "actor");
            refs(meeting, "/people", m.people(), persons, "person");
            refs(meeting, "/topics", m.topics(), topics, "topic");
            for (String weighted : m.weightedTopics()) {
                if (!m.topics().contains(weighted)) {
                    problems.at(meeting.doc(), Fields.child(meeting.pointer() + "/topicWeights", weighted), "'" + weighted
                            + "' has a weight but is not among the meeting's topics: add it to 'topics' or remove"
                            + " its weight");
                }
            }
            m.roles().forEach((role, ids) -> {
                String field = DocumentReads.child("/roles", role);
                if (!roles.contains(role)) {
                    problems.at(meeting.doc(), meeting.pointer() + field, "unknown role '" + role + "'"
                            + Suggestions.didYouMean(role, roles) + ": use a role of rules/" + FactLoader.ROLES_FILE
                            + " or add it there");
                }
                refs(meeting, field, ids, actors, "actor");
            });
            warnAbsentFromParticipants(meeting, "/coChairs", m.coChairs(), "co-chair");
            warnAbsentFromParticipants(meeting, "/hosts", m.hosts(), "host");
        }
    }

    private <T> Set<String> uniqueIds(String kind, List<Located<T>> items, Function<T, String> id) {
        Map<String, Located<T>> first = new HashMap<>();
        for (Located<T> item : items) {
            String key = id.apply(item.value());
            Located<T> earlier = first.putIfAbsent(key, item);
            if (earlier != null) {
                InputProblem at = earlier.doc().problem(earlier.pointer(), "", InputProblem.Level.ERROR);
                problems.at(item.doc(), item.pointer() + "/id", "duplicate " + kind + " id '" + key
                        + "' (first defined at " + at.file() + ":" + at.line() + "): give one of them another id");
            }
        }
        return items.stream().map(i -> id.apply(i.value())).collect(Collectors.toUnmodifiableSet());
    }

    private void refs(Located<?> owner, String field, List<String> ids, Set<String> known, String kind) {
        for (int i = 0; i < ids.size(); i++) {
            ref(owner.doc(), owner.pointer() + field + "/" + i, ids.get(i), known, kind);
        }
    }

    private void ref(DocumentPlaces doc, String pointer, String id, Set<String> known, String kind) {
        if (known.isEmpty()) {
            // One problem for a missing register, not one per reference: the cause is the register, not the ids.
            if (emptyRegisters.add(kind)) {
                problems.at(doc, pointer, "no " + kind + "s are defined, so '" + id + "' and every other " + kind
                        + " reference cannot be checked: add the " + kind + " definitions (see fixtures/README.md)");
            }
        } else if (!known.contains(id)) {
            problems.at(doc, pointer, "unknown " + kind + " '" + id + "'" + Suggestions.didYouMean(id, known));
        }
    }

    private void warnAbsentFromParticipants(Located<MeetingRefs> meeting, String field, List<String> ids,
                                            String role) {
        List<String> participants = meeting.value().participants();
        for (int i = 0; i < ids.size(); i++) {
            if (!participants.contains(ids.get(i))) {
                problems.warnAt(meeting.doc(), meeting.pointer() + field + "/" + i, role + " '" + ids.get(i)
                        + "' is not among the participants: add it to 'participants'");
            }
        }
    }
}
