package org.briefingengine.ingest;

/** A bound record and where it was written, so cross-file checks can still point at the right line. */
record Located<T>(T value, DocumentPlaces doc, String pointer) {
}
