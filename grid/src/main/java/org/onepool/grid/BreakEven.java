package org.onepool.grid;

import java.util.List;

/** Where a quantity crosses zero along an axis, by linear interpolation between neighbouring grid points. */
final class BreakEven {
    private BreakEven() {
    }

    /**
     * The first x at which y reaches zero between neighbouring points, or null when every y is on one side
     * of zero (the answer lies outside the swept range). xs ascending or descending, as the axis lists them.
     */
    static Double of(List<Double> xs, List<Double> ys) {
        for (int i = 0; i < xs.size(); i++) {
            if (ys.get(i) == 0) return xs.get(i);
            if (i + 1 < xs.size() && Math.signum(ys.get(i)) * Math.signum(ys.get(i + 1)) < 0) {
                double x0 = xs.get(i);
                double y0 = ys.get(i);
                return x0 + (0 - y0) * (xs.get(i + 1) - x0) / (ys.get(i + 1) - y0);
            }
        }
        return null;
    }
}
