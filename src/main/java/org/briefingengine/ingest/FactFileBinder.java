package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.briefingengine.ingest.DocumentReads.Element;
import org.briefingengine.ingest.RawFacts.MeetingRefs;
import org.briefingengine.model.Actor;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Membership;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Person;
import org.briefingengine.model.Suggestions;
import org.briefingengine.model.Topic;

/**
 * Binds one fact or taxonomy file to records. The top level is an object whose keys name what the file holds
 * ({@code forums}, {@code actors}, {@code persons}, {@code meetings}, {@code topics}); a file may hold several.
 */
final class FactFileBinder {

    /** The JSON Schema a file names for editors ({@code fixtures/schema/facts.schema.json}); not a fact. */
    static final String SCHEMA_KEY = "$schema";
    static final Set<String> FORUM_FIELDS =
            Set.of("id", "names", "aliases", "kind", "convenors", "cadenceYears", "sources", "members", "recordedSince",
                    "manyPerDay");
    static final Set<String> ACTOR_FIELDS =
            Set.of("id", "type", "region", "names", "aliases", "sources", "partOf", "memberships");
    private static final Set<String> MEMBERSHIP_FIELDS = Set.of("of", "from", "until");
    static final Set<String> PERSON_FIELDS =
            Set.of("id", "names", "aliases", "role", "affiliation", "sources");
    static final Set<String> TOPIC_FIELDS = Set.of("id", "labels", "synonyms", "parent", "keepCapital");
    static final Set<String> MEETING_FIELDS = Set.of("id", "forum", "title", "start", "end", "place", "mode",
            "level", "coChairs", "hosts", "participants", "people", "participantCount", "participantNote", "topics",
            "initiatives", "outcomes", "sources", "edition", "topicWeights", "roles");

    private final Problems problems;
    private final Interner interner;

    FactFileBinder(Problems problems, Interner interner) {
        this.problems = problems;
        this.interner = interner;
    }

    /** Binds a document whose top-level keys must all be in {@code allowedKeys}; its facts keep the document. */
    void bind(JsonDocument doc, Set<String> allowedKeys, RawFacts into) {
        bind(doc, doc, allowedKeys, into);
    }

    /**
     * As {@link #bind(JsonDocument, Set, RawFacts)}, the facts keeping only {@code places} to point at later problems,
     * so the document's tree can go once it is bound.
     */
    void bind(JsonDocument doc, DocumentPlaces places, Set<String> allowedKeys, RawFacts into) {
        Fields fields = new Fields(doc, problems, interner);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            fields.error("", "the top level must be an object such as {\"meetings\": [...]}, not " + Fields.kind(root));
            return;
        }
        Iterator<String> keys = root.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!allowedKeys.contains(key) && !key.equals(SCHEMA_KEY)) {
                fields.error(Fields.child("", key), "unknown section '" + key + "'"
                        + Suggestions.didYouMean(key, allowedKeys) + "; this file may hold "
                        + String.join(", ", allowedKeys.stream().sorted().toList()));
            }
        }
        if (root.size() == 0) {
            fields.error("", "file holds no facts: add a section such as \"meetings\": [...]");
        }
        fields.array(root, "", "forums").forEach(e -> add(into.forums, forum(fields, e), places, e));
        fields.array(root, "", "actors").forEach(e -> add(into.actors, actor(fields, e), places, e));
        fields.array(root, "", "persons").forEach(e -> add(into.persons, person(fields, e), places, e));
        fields.array(root, "", "topics").forEach(e -> add(into.topics, topic(fields, e), places, e));
        for (Element e : fields.array(root, "", "meetings")) {
            Meeting meeting = meeting(fields, e,
                    refs -> into.meetingRefs.add(new Located<>(refs, places, e.pointer())));
            add(into.meetings, meeting, places, e);
        }
    }

    private static <T> void add(List<Located<T>> list, T value, DocumentPlaces doc, Element e) {
        if (value != null) {
            list.add(new Located<>(value, doc, e.pointer()));
        }
    }

    private static Names names(Fields f, Element e) {
        var primary = f.languageMap(e, "names", true);
        var aliases = f.languageLists(e, "aliases");
        return primary.containsKey(org.briefingengine.model.Lang.EN) ? new Names(primary, aliases) : null;
    }

    private Forum forum(Fields f, Element e) {
        f.rejectUnknown(e, FORUM_FIELDS);
        String id = f.id(e, "forum");
        Names names = names(f, e);
        ForumKind kind = f.enumValue(e, "kind", ForumKind.class, true);
        Integer cadence = f.optionalInt(e, "cadenceYears");
        var convenors = f.textList(e, "convenors");
        var sources = f.sources(e, "sources");
        var members = f.textList(e, "members");
        PartialDate recordedSince = f.date(e, "recordedSince", false);
        Boolean manyPerDay = f.optionalBoolean(e, "manyPerDay");
        if (anyNull(id, names, kind)) {
            return null;
        }
        return new Forum(id, names, kind, convenors, cadence == null ? 0 : cadence, sources, members, recordedSince,
                Boolean.TRUE.equals(manyPerDay));
    }

    private Actor actor(Fields f, Element e) {
        f.rejectUnknown(e, ACTOR_FIELDS);
        String id = f.id(e, "actor");
        ActorType type = f.enumValue(e, "type", ActorType.class, true);
        Names names = names(f, e);
        String region = f.optionalText(e, "region");
        var sources = f.sources(e, "sources");
        String partOf = f.optionalText(e, "partOf");
        var memberships = memberships(f, e);
        return anyNull(id, type, names) ? null : new Actor(id, type, region, names, sources, partOf, memberships);
    }

    /** {@code "memberships": [{"of": "G77", "from": "1991", "until": null}]}; a bad entry is reported and left out. */
    private static List<Membership> memberships(Fields f, Element actor) {
        List<Membership> memberships = new java.util.ArrayList<>();
        for (Element e : f.array(actor.node(), actor.pointer(), "memberships")) {
            f.rejectUnknown(e, MEMBERSHIP_FIELDS);
            String of = f.requiredText(e, "of");
            PartialDate from = f.date(e, "from", false);
            PartialDate until = f.date(e, "until", false);
            if (from != null && until != null && until.latest().isBefore(from.earliest())) {
                f.error(e.pointer() + "/until", "membership ends (" + until + ") before it starts (" + from
                        + "): correct 'from' or 'until'");
            } else if (of != null) {
                memberships.add(new Membership(of, from, until));
            }
        }
        return memberships;
    }

    private Person person(Fields f, Element e) {
        f.rejectUnknown(e, PERSON_FIELDS);
        String id = f.id(e, "person");
        Names names = names(f, e);
        String role = f.optionalText(e, "role");
        String affiliation = f.requiredText(e, "affiliation");
        var sources = f.sources(e, "sources");
        return anyNull(id, names, affiliation) ? null : new Person(id, names, role, affiliation, sources);
    }

    private Topic topic(Fields f, Element e) {
        f.rejectUnknown(e, TOPIC_FIELDS);
        String id = f.id(e, "topic");
        var labels = f.languageMap(e, "labels", true);
        var synonyms = f.languageLists(e, "synonyms");
        String parent = f.optionalText(e, "parent");
        boolean keepCapital = Boolean.TRUE.equals(f.optionalBoolean(e, "keepCapital"));
        boolean hasEnglish = labels.containsKey(org.briefingengine.model.Lang.EN);
        return id == null || !hasEnglish ? null : new Topic(id, labels, synonyms, parent, keepCapital);
    }

    private Meeting meeting(Fields f, Element e, Consumer<MeetingRefs> references) {
        f.rejectUnknown(e, MEETING_FIELDS);
        String id = f.id(e, "meeting");
        String forum = f.requiredText(e, "forum");
        String title = f.requiredText(e, "title");
        PartialDate start = f.date(e, "start", true);
        PartialDate end = f.date(e, "end", false);
        MeetingMode mode = f.enumValue(e, "mode", MeetingMode.class, true);
        MeetingLevel level = f.enumValue(e, "level", MeetingLevel.class, false);
        Meeting meeting = new MeetingParts(f, e).build(id, forum, title, start, end, mode, level, references);
        if (meeting != null && end != null && end.latest().isBefore(start.earliest())) {
            f.error(e.pointer() + "/end", "meeting ends (" + end + ") before it starts (" + start
                    + "): correct 'start' or 'end'");
            return null;
        }
        return meeting;
    }

    /** The list-valued parts of a meeting, read after its scalars so every problem is still reported. */
    private record MeetingParts(Fields f, Element e) {
        Meeting build(String id, String forum, String title, PartialDate start, PartialDate end, MeetingMode mode,
                      MeetingLevel level, Consumer<MeetingRefs> references) {
            // immutable from the start, so the meeting and its references hold one copy of each list
            var coChairs = List.copyOf(f.textList(e, "coChairs"));
            var hosts = List.copyOf(f.textList(e, "hosts"));
            var participants = List.copyOf(f.textList(e, "participants"));
            var people = List.copyOf(f.textList(e, "people"));
            Integer count = f.optionalInt(e, "participantCount");
            String note = f.optionalText(e, "participantNote");
            var topics = List.copyOf(f.textList(e, "topics"));
            var initiatives = f.textList(e, "initiatives");
            var outcomes = f.textList(e, "outcomes");
            var sources = f.sources(e, "sources");
            String place = f.optionalText(e, "place");
            Integer edition = f.optionalInt(e, "edition");
            var weights = f.positiveNumbers(e, "topicWeights");
            Map<String, List<String>> roles = new java.util.LinkedHashMap<>();
            f.textListsByKey(e, "roles").forEach((role, actors) -> roles.put(role, List.copyOf(actors)));
            references.accept(new MeetingRefs(forum, coChairs, hosts, participants, people, topics, weights.keySet(),
                    roles));
            if (anyNull(id, forum, title, start, mode)) {
                return null;
            }
            return new Meeting(id, forum, title, start, end, place, mode, level, coChairs, hosts, participants,
                    people, count, note, topics, initiatives, outcomes, sources, edition, weights, roles);
        }
    }

    private static boolean anyNull(Object... values) {
        for (Object v : values) {
            if (Objects.isNull(v)) {
                return true;
            }
        }
        return false;
    }
}
