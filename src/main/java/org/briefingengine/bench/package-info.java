/** Synthetic fact sets and a timing harness: speed and memory are measured here, never in unit tests. */
package org.briefingengine.bench;
