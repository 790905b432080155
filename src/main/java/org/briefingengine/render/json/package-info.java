/** The machine-readable findings file other tools and run-to-run diffs read. */
package org.briefingengine.render.json;
