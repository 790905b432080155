package org.briefingengine.engine.facts;

/**
 * Not inserted: how a topic's share of the meetings held (or of their weight) changed from one window to another, the
 * one place the trend test is worked out. {@code ratio} is the share now over the share then (infinite when it was 0,
 * 1 when both are 0), {@code z} the two-proportion test statistic (positive when the share rose, 0 when either window
 * held nothing).
 */
public record ShareChange(double shareNow, double shareBefore, double ratio, double z) {

    /** The change from {@code weightBefore} of {@code totalBefore} to {@code weightNow} of {@code totalNow}. */
    public static ShareChange of(double weightNow, double totalNow, double weightBefore, double totalBefore) {
        double now = totalNow > 0 ? weightNow / totalNow : 0;
        double before = totalBefore > 0 ? weightBefore / totalBefore : 0;
        double ratio = before > 0 ? now / before : now > 0 ? Double.POSITIVE_INFINITY : 1;
        double pooled = totalNow + totalBefore > 0 ? (weightNow + weightBefore) / (totalNow + totalBefore) : 0;
        double spread = Math.sqrt(pooled * (1 - pooled)
                * (totalNow > 0 && totalBefore > 0 ? 1 / totalNow + 1 / totalBefore : 0));
        double z = spread > 0 ? (now - before) / spread : 0;
        return new ShareChange(now, before, ratio, z);
    }

    /** The share rose by the trend test: at least {@code minRatio} times as large, and {@code z} of {@code minZ} or more. */
    public boolean rose(double minRatio, double minZ) {
        return ratio >= minRatio && z >= minZ;
    }

    /**
     * The chance of a change at least this large, in its direction, between two windows whose true share is the same:
     * the one-sided tail of the normal distribution beyond {@code |z|}. Small for a change chance would not explain.
     */
    public double chance() {
        return chanceOf(z);
    }

    /** The one-sided normal tail beyond {@code |z|}: 0.05 at 1.64, 0.0143 at 2.19, 0.5 at 0. */
    public static double chanceOf(double z) {
        return 0.5 * erfc(Math.abs(z) / Math.sqrt(2));
    }

    // Chebyshev fit of the complementary error function (fractional error below 1.2e-7 everywhere)
    private static double erfc(double x) {
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : 2 - y;
    }

    /** The share fell by the trend test: at most {@code 1 / minRatio} of what it was, and {@code z} of {@code -minZ} or less. */
    public boolean fell(double minRatio, double minZ) {
        return ratio <= 1 / minRatio && z <= -minZ;
    }
}
