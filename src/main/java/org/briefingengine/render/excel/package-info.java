/** Renders a briefing report as an Excel workbook; the only package that imports Apache POI. */
package org.briefingengine.render.excel;
