package org.briefingengine.render.pdf;

import java.awt.Color;

/** The pack's few colours and sizes, chosen to stay distinct when printed in grey. */
final class Palette {

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color RULE = new Color(0xB8, 0xB8, 0xB8);
    static final Color HEADER_FILL = new Color(0xE4, 0xE8, 0xEE);
    static final Color BANNER = new Color(0x8B, 0x1A, 0x1A);
    static final Color WHITE = Color.WHITE;

    static final float TITLE = 26f;
    static final float H1 = 16f;
    static final float H2 = 12f;
    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    private Palette() {
    }

    /** Fill for a heat-map cell: white for zero, darker as the count nears the maximum. */
    static Color heat(int count, int max) {
        if (count <= 0 || max <= 0) {
            return WHITE;
        }
        float share = Math.min(1f, count / (float) max);
        int level = Math.round(225 - share * 165);
        return new Color(level - 20, level - 8, level);
    }

    /** Text on a heat-map cell: white on the darker half so the number stays legible in grey. */
    static Color onHeat(int count, int max) {
        return max > 0 && count / (float) max > 0.55f ? WHITE : INK;
    }
}
