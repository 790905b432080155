package org.briefingengine.render.excel;

import java.util.Optional;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Names;
import org.briefingengine.model.Person;
import org.briefingengine.model.Topic;

/** How the workbook names ids: the id itself for an unknown forum or topic, blank for an unknown actor or person. */
final class Directory {

    private final FactSet facts;

    Directory(FactSet facts) {
        this.facts = facts;
    }

    String forumName(String id) {
        return facts.forum(id).map(f -> f.names().en()).orElse(id);
    }

    String topicLabel(String id) {
        return facts.topic(id).map(Topic::label).orElse(id);
    }

    Actor actor(String id) {
        return facts.actor(id).orElse(null);
    }

    Person person(String id) {
        return facts.person(id).orElse(null);
    }

    /** English name of an actor or person; empty when the id is unknown. */
    String englishName(String id) {
        return names(id).map(Names::en).orElse("");
    }

    /** Arabic name of an actor or person; empty when none is known. */
    String arabicName(String id) {
        return names(id).map(Names::arOrEmpty).orElse("");
    }

    private Optional<Names> names(String id) {
        return facts.actor(id).map(Actor::names).or(() -> facts.person(id).map(Person::names));
    }
}
