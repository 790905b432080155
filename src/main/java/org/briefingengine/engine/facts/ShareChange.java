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

    /** The share fell by the trend test: at most {@code 1 / minRatio} of what it was, and {@code z} of {@code -minZ} or less. */
    public boolean fell(double minRatio, double minZ) {
        return ratio <= 1 / minRatio && z <= -minZ;
    }
}
