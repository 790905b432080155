package org.briefingengine.engine.facts;

/**
 * Derived: how many meetings the window at {@code lag} held, how many of them have any topic recorded, and their total
 * weight (the base of every share: a meeting with no topic recorded weighs nothing).
 */
public record WindowTotal(int lag, int meetings, int recorded, double weight) {
}
