/**
 * The intake workbook on disk: {@code template} and {@code export} write it, {@code import} reads it back cell by
 * cell. The only package besides {@code render/excel} that imports POI; its layout lives in
 * {@link org.briefingengine.intake.IntakeLayout}.
 */
package org.briefingengine.intake.excel;
