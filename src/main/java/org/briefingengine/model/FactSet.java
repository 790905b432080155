package org.briefingengine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything ingested: the facts and the taxonomy, looked up by id. */
public record FactSet(List<Forum> forums, List<Actor> actors, List<Person> persons, List<Topic> topics,
                      List<Meeting> meetings) {

    public FactSet {
        forums = List.copyOf(forums);
        actors = List.copyOf(actors);
        persons = List.copyOf(persons);
        topics = List.copyOf(topics);
        meetings = meetings.stream().sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::id)).toList();
    }

    public Optional<Forum> forum(String id) {
        return forums.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Person> person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<String, Topic> topicsById() {
        return topics.stream().collect(Collectors.toMap(Topic::id, Function.identity()));
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
}
