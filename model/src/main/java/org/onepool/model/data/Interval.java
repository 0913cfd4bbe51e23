package org.onepool.model.data;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * An estimate with its 95% confidence interval. The intervals are exact (they never cover less than
 * stated): Garwood's for a Poisson count, Clopper and Pearson's for a binomial share.
 */
public record Interval(double estimate, double low, double high) {
    static final double ALPHA = 0.05;

    /** A rate of {@code events} over {@code exposure} (events per unit of exposure). */
    public static Interval poissonRate(long events, double exposure) {
        if (!(exposure > 0)) throw new IllegalArgumentException("no exposure");
        double low = events == 0 ? 0
                : new ChiSquaredDistribution(null, 2.0 * events).inverseCumulativeProbability(ALPHA / 2) / 2;
        double high = new ChiSquaredDistribution(null, 2.0 * events + 2).inverseCumulativeProbability(1 - ALPHA / 2) / 2;
        return new Interval(events / exposure, low / exposure, high / exposure);
    }

    /** A share of {@code successes} out of {@code trials}. */
    public static Interval share(long successes, long trials) {
        if (trials <= 0) throw new IllegalArgumentException("no trials");
        double low = successes == 0 ? 0
                : new BetaDistribution(null, successes, trials - successes + 1).inverseCumulativeProbability(ALPHA / 2);
        double high = successes == trials ? 1
                : new BetaDistribution(null, successes + 1.0, trials - successes).inverseCumulativeProbability(1 - ALPHA / 2);
        return new Interval((double) successes / trials, low, high);
    }

    /** The same interval with a monotone increasing function applied to each end. */
    public Interval map(java.util.function.DoubleUnaryOperator f) {
        return new Interval(f.applyAsDouble(estimate), f.applyAsDouble(low), f.applyAsDouble(high));
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
