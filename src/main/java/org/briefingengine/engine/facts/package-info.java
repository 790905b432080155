/**
 * The vocabulary rules match on: flattened, immutable records (one per meeting × topic, meeting × actor) that keep
 * every rule linear, plus the facts derive rules insert. Plain records, no Drools imports.
 */
package org.briefingengine.engine.facts;
