/**
 * {@code briefing explain}: why a finding fired (its rule, thresholds and the facts behind it), or for a subject and
 * a rule that did not fire, which condition stopped it and how close the facts came.
 */
package org.briefingengine.explain;
