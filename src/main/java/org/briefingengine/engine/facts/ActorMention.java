package org.briefingengine.engine.facts;

/**
 * An actor at a meeting in one role: {@code participant}, {@code co-chair} or {@code host}. {@code direct} is false
 * for a mention derived for the organisation an actor is part of (OHCHR's presence counts for the UN).
 */
public record ActorMention(String meeting, String forum, String actor, String role, int lag, boolean earlier,
                           boolean direct) {

    /** The same mention counted for the organisation the actor is part of. */
    public ActorMention forParent(String parent) {
        return new ActorMention(meeting, forum, parent, role, lag, earlier, false);
    }
}
