package org.briefingengine.model;

import java.util.List;
import java.util.Objects;

/** A named person; {@code affiliation} is the id of the actor they speak for. */
public record Person(String id, Names names, String role, String affiliation, List<Source> sources) {

    public Person {
        Objects.requireNonNull(id, "person id must not be null");
        Objects.requireNonNull(names, "person names must not be null");
        Objects.requireNonNull(affiliation, "person affiliation must not be null");
        role = role == null ? "" : role;
        sources = List.copyOf(sources);
    }
}
