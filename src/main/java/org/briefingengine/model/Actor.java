package org.briefingengine.model;

import java.util.List;
import java.util.Objects;

/**
 * A state or organisation, with its names and aliases in each language (EEAS is an alias of EU). {@code partOf} is
 * the id of the organisation it belongs to (OHCHR is part of the UN), or empty: findings about an organisation count
 * its parts. {@code memberships} are the groups it belongs to for a time (AOSIS within the G77 since 1991).
 */
public record Actor(String id, ActorType type, String region, Names names, List<Source> sources, String partOf,
                    List<Membership> memberships) {

    public Actor {
        Objects.requireNonNull(id, "actor id must not be null");
        Objects.requireNonNull(type, "actor type must not be null");
        Objects.requireNonNull(names, "actor names must not be null");
        region = region == null ? "" : region;
        sources = List.copyOf(sources);
        partOf = partOf == null ? "" : partOf;
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }

    /** An actor with no dated memberships. */
    public Actor(String id, ActorType type, String region, Names names, List<Source> sources, String partOf) {
        this(id, type, region, names, sources, partOf, List.of());
    }

    /** An actor that is part of no other. */
    public Actor(String id, ActorType type, String region, Names names, List<Source> sources) {
        this(id, type, region, names, sources, "");
    }
}
