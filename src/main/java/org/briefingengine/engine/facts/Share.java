package org.briefingengine.engine.facts;

/**
 * Not inserted: a topic's part of what one window held, as a statement gives it ({@code out.share( $trend.now() )}).
 * {@code part} is the topic's meetings (or weight), {@code whole} the total weight of the meetings whose topics are
 * recorded, {@code recorded} how many those are and {@code held} how many meetings the window held in all: a meeting
 * with no topic recorded says nothing about any topic, so it is left out of the share and the statement says so.
 */
public record Share(double part, double whole, int recorded, int held) {
}
