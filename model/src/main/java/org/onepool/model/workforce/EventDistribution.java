package org.onepool.model.workforce;

import org.apache.commons.math3.distribution.RealDistribution;
import org.onepool.model.scenario.Uncertain;

/**
 * A per-event distribution (time to fill, retirement age) sampled by inversion from a uniform the caller
 * draws from its own stream, so the caller's stream decides every draw.
 */
final class EventDistribution {
    private final double fixed;
    private final RealDistribution distribution;
    private final double min;
    private final double max;

    EventDistribution(Uncertain input, double min, double max) {
        this.min = min;
        this.max = max;
        if (input.isFixed()) {
            this.fixed = input.value();
            this.distribution = null;
        } else {
            this.fixed = Double.NaN;
            this.distribution = input.distribution(null);
        }
    }

    /** The value at cumulative probability u, clamped to [min, max]. */
    double at(double u) {
        double v = distribution == null ? fixed
                : distribution.inverseCumulativeProbability(Math.min(1 - 1e-12, Math.max(1e-12, u)));
        return Math.max(min, Math.min(max, v));
    }

    double mean() {
        return distribution == null ? fixed : distribution.getNumericalMean();
    }
}
