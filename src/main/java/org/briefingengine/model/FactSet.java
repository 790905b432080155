package org.briefingengine.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything ingested: the facts and the taxonomy, looked up by id. Indexed once on construction, because reports
 * look ids up per row and per citation: a list scan each time is quadratic at a hundred thousand meetings. A class
 * rather than a record only so it can hold that index; it is immutable like the records it holds.
 */
public final class FactSet {

    private final List<Forum> forums;
    private final List<Actor> actors;
    private final List<Person> persons;
    private final List<Topic> topics;
    private final List<Meeting> meetings;
    private final Map<String, Forum> forumsById;
    private final Map<String, Actor> actorsById;
    private final Map<String, Person> personsById;
    private final Map<String, Topic> topicsById;
    private final Map<String, Meeting> meetingsById;
    private final Map<String, Role> rolesById;
    private final SourceRegister register;

    public FactSet(List<Forum> forums, List<Actor> actors, List<Person> persons, List<Topic> topics,
                   List<Meeting> meetings) {
        this(forums, actors, persons, topics, meetings, List.of(), SourceRegister.EMPTY);
    }

    /** With the roles register, which says which roles count as presence. */
    public FactSet(List<Forum> forums, List<Actor> actors, List<Person> persons, List<Topic> topics,
                   List<Meeting> meetings, List<Role> roles) {
        this(forums, actors, persons, topics, meetings, roles, SourceRegister.EMPTY);
    }

    /** With the register of the documents the facts cite. */
    public FactSet(List<Forum> forums, List<Actor> actors, List<Person> persons, List<Topic> topics,
                   List<Meeting> meetings, SourceRegister register) {
        this(forums, actors, persons, topics, meetings, List.of(), register);
    }

    /** With the roles register and the register of the documents the facts cite. */
    public FactSet(List<Forum> forums, List<Actor> actors, List<Person> persons, List<Topic> topics,
                   List<Meeting> meetings, List<Role> roles, SourceRegister register) {
        this.register = Objects.requireNonNull(register, "register must not be null");
        this.forums = List.copyOf(forums);
        this.actors = List.copyOf(actors);
        this.persons = List.copyOf(persons);
        this.topics = List.copyOf(topics);
        List<Meeting> sorted = meetings.stream()
                .sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::id)).toList();
        this.meetingsById = index(sorted, Meeting::id);
        // the list holds what the lookups answer: a later meeting under a taken id is left out of both
        this.meetings = sorted.stream().filter(m -> meetingsById.get(m.id()) == m).toList();
        this.forumsById = index(this.forums, Forum::id);
        this.actorsById = index(this.actors, Actor::id);
        this.personsById = index(this.persons, Person::id);
        this.topicsById = index(this.topics, Topic::id);
        this.rolesById = index(List.copyOf(roles), Role::id);
    }

    /** First one wins: input with duplicate ids is reported by validation, and lookups must still answer. */
    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** The documents the facts cite, with publisher, title and date. */
    public SourceRegister register() {
        return register;
    }

    public List<Forum> forums() {
        return forums;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Person> persons() {
        return persons;
    }

    public List<Topic> topics() {
        return topics;
    }

    /** Every meeting, by start date then id; of meetings sharing an id, only the one {@link #meeting} answers with. */
    public List<Meeting> meetings() {
        return meetings;
    }

    public Optional<Forum> forum(String id) {
        return Optional.ofNullable(forumsById.get(id));
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(personsById.get(id));
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topicsById.get(id));
    }

    public Optional<Meeting> meeting(String id) {
        return Optional.ofNullable(meetingsById.get(id));
    }

    /** The roles register, in its file's order. */
    public List<Role> roles() {
        return List.copyOf(rolesById.values());
    }

    /**
     * Whether holding {@code role} means taking part. A role the register does not list counts as presence: it is
     * one of the three every meeting file has (co-chair, host, participant) or validation has already rejected it.
     */
    public boolean isPresence(String role) {
        Role known = rolesById.get(role);
        return known == null || known.presence();
    }

    public Map<String, Topic> topicsById() {
        return topicsById;
    }

    /** Meetings placed in the period: their start date, at its own precision, lies wholly inside it. */
    public List<Meeting> meetingsIn(Period period) {
        return meetings.stream().filter(m -> period.contains(m.start())).toList();
    }

    /** English name of a forum, actor or person id; the id itself when unknown. */
    public String nameOf(String id) {
        return forum(id).map(f -> f.names().en())
                .or(() -> actor(id).map(a -> a.names().en()))
                .or(() -> person(id).map(p -> p.names().en()))
                .or(() -> topic(id).map(Topic::label))
                .orElse(id);
    }

    /** Arabic name of a forum, actor or person id; empty when none is known. */
    public String arabicNameOf(String id) {
        return forum(id).map(f -> f.names().arOrEmpty())
                .or(() -> actor(id).map(a -> a.names().arOrEmpty()))
                .or(() -> person(id).map(p -> p.names().arOrEmpty()))
                .or(() -> topic(id).map(t -> t.labels().getOrDefault(Lang.AR, "")))
                .orElse("");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactSet that && forums.equals(that.forums) && actors.equals(that.actors)
                && persons.equals(that.persons) && topics.equals(that.topics) && meetings.equals(that.meetings)
                && rolesById.equals(that.rolesById);
    }

    @Override
    public int hashCode() {
        return Objects.hash(forums, actors, persons, topics, meetings, rolesById);
    }

    @Override
    public String toString() {
        return "FactSet[" + forums.size() + " forums, " + actors.size() + " actors, " + persons.size() + " persons, "
                + topics.size() + " topics, " + meetings.size() + " meetings]";
    }
}
