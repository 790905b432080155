package org.briefingengine.render.excel;

import java.util.HashMap;
import java.util.Map;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Person;
import org.briefingengine.model.Topic;

/**
 * Names of forums, actors, persons and topics by id, indexed once: {@link FactSet}'s lookups scan lists, which
 * is fine for one name and quadratic for a hundred thousand rows.
 */
final class Directory {

    private final Map<String, Forum> forums = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, Topic> topics = new HashMap<>();

    Directory(FactSet facts) {
        facts.forums().forEach(f -> forums.putIfAbsent(f.id(), f));
        facts.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        facts.persons().forEach(p -> persons.putIfAbsent(p.id(), p));
        facts.topics().forEach(t -> topics.putIfAbsent(t.id(), t));
    }

    String forumName(String id) {
        Forum forum = forums.get(id);
        return forum == null ? id : forum.names().en();
    }

    String topicLabel(String id) {
        Topic topic = topics.get(id);
        return topic == null ? id : topic.label();
    }

    Actor actor(String id) {
        return actors.get(id);
    }

    Person person(String id) {
        return persons.get(id);
    }

    /** English name of an actor or person; empty when the id is unknown. */
    String englishName(String id) {
        Actor actor = actors.get(id);
        if (actor != null) {
            return actor.names().en();
        }
        Person person = persons.get(id);
        return person == null ? "" : person.names().en();
    }

    /** Arabic name of an actor or person; empty when none is known. */
    String arabicName(String id) {
        Actor actor = actors.get(id);
        if (actor != null) {
            return actor.names().arOrEmpty();
        }
        Person person = persons.get(id);
        return person == null ? "" : person.names().arOrEmpty();
    }
}
