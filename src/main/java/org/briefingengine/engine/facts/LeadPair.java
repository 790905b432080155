package org.briefingengine.engine.facts;

/** Derived: two actors (in id order, counting parts for their organisation) who co-chaired or hosted one meeting. */
public record LeadPair(String first, String second, String meeting, String forum, int lag) {
}
