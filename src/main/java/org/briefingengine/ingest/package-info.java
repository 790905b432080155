/** Reads the JSON fact files, the topic taxonomy and the parameters, and reports every problem with its place. */
package org.briefingengine.ingest;
