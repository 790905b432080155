package org.briefingengine.engine.facts;

/**
 * An actor at a meeting in one role ({@code participant}, {@code co-chair}, {@code host}, or any role of the roles
 * register such as {@code voted-yes} or {@code mentioned}); {@code presence} is the register's word on whether that
 * role means the actor took part.
 */
public record ActorMention(String meeting, String forum, String actor, String role, int lag, boolean earlier,
                           boolean presence) {
}
