package org.briefingengine.model;

import java.util.Objects;

/**
 * A role an actor may have at a meeting, from the roles register ({@code rules/roles.json}). {@code presence} says
 * whether holding it means the actor took part: a country that voted did, a country merely mentioned did not.
 */
public record Role(String id, String label, boolean presence) {

    public Role {
        Objects.requireNonNull(id, "role id must not be null");
        label = label == null || label.isBlank() ? id : label;
    }
}
