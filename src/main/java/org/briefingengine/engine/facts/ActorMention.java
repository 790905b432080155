package org.briefingengine.engine.facts;

/** An actor at a meeting in one role: {@code participant}, {@code co-chair} or {@code host}. */
public record ActorMention(String meeting, String forum, String actor, String role, int lag, boolean earlier) {
}
