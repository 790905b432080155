package org.briefingengine.engine.facts;

/** The last numbered meeting (edition) of a forum up to the end of the period, at {@code lag}. */
public record LatestEdition(String forum, String meeting, int edition, int year, int lag) {
}
