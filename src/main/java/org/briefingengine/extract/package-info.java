/**
 * Draft facts from articles: reads plain text or HTML, finds the meetings it describes with the registers, the
 * taxonomy and the cue lists in {@code rules/extract/}, and writes draft fact files with the passage behind every
 * field. Reads the model and the registers; never the engine or the renderers.
 */
package org.briefingengine.extract;
