/**
 * The vocabulary rules match on: immutable records, one per meeting and one per topic or actor and window, gathered
 * once so every rule stays linear, plus the facts derive rules insert. Plain records, no Drools imports.
 */
package org.briefingengine.engine.facts;
