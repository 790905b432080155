/**
 * Renders a briefing report as a PDF briefing pack; the only package that imports OpenPDF and JFreeChart.
 * Fonts are shipped in {@code /fonts} on the class path and always embedded; Arabic text goes through
 * {@link org.briefingengine.render.pdf.RtlText} so it is shaped and set right to left.
 */
package org.briefingengine.render.pdf;
