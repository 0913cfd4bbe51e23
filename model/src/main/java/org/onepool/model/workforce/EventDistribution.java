package org.onepool.model.workforce;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.RealDistribution;
import org.onepool.model.scenario.Uncertain;

/**
 * A per-event distribution (time to fill, retirement age) sampled by inversion from a uniform the caller
 * draws from its own stream, so the caller's stream decides every draw. The inverse is tabulated once per
 * distinct distribution (4,096 steps, linear between them): exact inversion of a normal costs more than
 * the rest of a hire.
 */
final class EventDistribution {
    private static final int STEPS = 4096;
    private static final Map<Uncertain, double[]> TABLES = new ConcurrentHashMap<>();

    private final double fixed;
    private final double[] quantiles;
    private final double min;
    private final double max;

    EventDistribution(Uncertain input, double min, double max) {
        this.min = min;
        this.max = max;
        if (input.isFixed()) {
            this.fixed = input.value();
            this.quantiles = null;
        } else {
            this.fixed = Double.NaN;
            this.quantiles = TABLES.computeIfAbsent(input, EventDistribution::tabulate);
        }
    }

    private static double[] tabulate(Uncertain input) {
        RealDistribution d = input.distribution(null);
        double[] q = new double[STEPS + 1];
        for (int k = 0; k <= STEPS; k++) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, k / (double) STEPS));
            q[k] = d.inverseCumulativeProbability(p);
        }
        return q;
    }

    /** The value at cumulative probability u, clamped to [min, max]. */
    double at(double u) {
        double v;
        if (quantiles == null) {
            v = fixed;
        } else {
            double x = u * STEPS;
            int k = Math.min(STEPS - 1, (int) x);
            v = quantiles[k] + (x - k) * (quantiles[k + 1] - quantiles[k]);
        }
        return Math.max(min, Math.min(max, v));
    }
}
