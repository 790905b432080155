package org.briefingengine.engine.facts;

/** Derived: how many meetings the window at {@code lag} held, and their total weight (the base of every share). */
public record WindowTotal(int lag, int meetings, double weight) {
}
