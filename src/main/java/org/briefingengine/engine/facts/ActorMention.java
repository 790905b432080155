package org.briefingengine.engine.facts;

/**
 * An actor at a meeting in one role ({@code participant}, {@code co-chair}, {@code host}, or any role of the roles
 * register such as {@code voted-yes} or {@code mentioned}). {@code direct} is false for a mention derived for the
 * organisation an actor is part of (OHCHR's presence counts for the UN). {@code presence} is the roles register's
 * word on whether that role means the actor took part: rules about who took part match {@code presence == true}.
 */
public record ActorMention(String meeting, String forum, String actor, String role, int lag, boolean earlier,
                           boolean direct, boolean presence, String partOf) {
}
