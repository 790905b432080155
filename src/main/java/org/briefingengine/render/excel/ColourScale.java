package org.briefingengine.render.excel;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/** A three-colour scale for heat maps: the reader sees at a glance where counts are high. */
final class ColourScale {

    private static final String LOW = "FFFFFFFF";
    private static final String MIDDLE = "FFFDD9A0";
    private static final String HIGH = "FFE4572E";

    private ColourScale() {
    }

    static void apply(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        scale.getThresholds()[1].setValue(50d);
        scale.getThresholds()[2].setRangeType(RangeType.MAX);
        String[] colours = {LOW, MIDDLE, HIGH};
        for (int i = 0; i < colours.length; i++) {
            ((ExtendedColor) scale.getColors()[i]).setARGBHex(colours[i]);
        }
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }
}
