/** Ingest → engine → analysis → render for one period, with locking and atomic output; no command-line concerns. */
package org.briefingengine.pipeline;
