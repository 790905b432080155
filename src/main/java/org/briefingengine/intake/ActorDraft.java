package org.briefingengine.intake;

/** An actor an import makes from a table's columns: its id, English name, type (as fact files write it), region. */
record ActorDraft(String id, String name, String type, String region) {
}
