package org.briefingengine.model;

import java.util.Objects;

/**
 * An actor's membership of a group for a time: AOSIS within the G77, a state within a negotiating coalition.
 * {@code from} and {@code until} are as precise as the source allows; null means open-ended. While it lasts, the
 * member's presence at a meeting also counts for the group, as a part's does for its organisation.
 */
public record Membership(String of, PartialDate from, PartialDate until) {

    public Membership {
        Objects.requireNonNull(of, "membership group must not be null");
    }

    /** Whether the membership may cover a meeting on {@code date}: it had begun and had not ended. */
    public boolean covers(PartialDate date) {
        boolean begun = from == null || !from.earliest().isAfter(date.latest());
        boolean notEnded = until == null || !until.latest().isBefore(date.earliest());
        return begun && notEnded;
    }
}
