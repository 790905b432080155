package org.briefingengine.ingest;

/**
 * Places a problem found in a document at the value its JSON pointer names: a file's line and column, or the cell a
 * value came from. A bound fact keeps this, not its document's tree, so cross-file checks can still point at it.
 */
public interface DocumentPlaces {

    InputProblem problem(String pointer, String message, InputProblem.Level level);
}
