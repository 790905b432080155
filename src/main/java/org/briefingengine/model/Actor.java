package org.briefingengine.model;

import java.util.List;
import java.util.Objects;

/** A state or organisation, with its names and aliases in each language (EEAS is an alias of EU). */
public record Actor(String id, ActorType type, String region, Names names, List<Source> sources) {

    public Actor {
        Objects.requireNonNull(id, "actor id must not be null");
        Objects.requireNonNull(type, "actor type must not be null");
        Objects.requireNonNull(names, "actor names must not be null");
        region = region == null ? "" : region;
        sources = List.copyOf(sources);
    }
}
