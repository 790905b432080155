package org.briefingengine.engine.facts;

/** Derived: two actors (in id order) who co-chaired one meeting. */
public record CoChairPair(String first, String second, String meeting, String forum, int lag, boolean earlier) {
}
