/** Plain Java over the engine's findings and derived counts: ranking and the tables the reports show. */
package org.briefingengine.analysis;
