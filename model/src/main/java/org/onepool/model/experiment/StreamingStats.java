package org.onepool.model.experiment;

import org.apache.commons.math3.stat.descriptive.rank.PSquarePercentile;

/**
 * Mean and P10/P50/P90 of a quantity without keeping its values: the P-square estimator (Jain and
 * Chlamtac 1985) from Commons Math. Values must arrive in replication order for results not to depend
 * on the thread count; {@link OrderedParallel} guarantees that. Used for the many monthly and
 * per-partner/category/year quantities, whose exact storage would grow with replications.
 */
final class StreamingStats {
    private final PSquarePercentile p10 = new PSquarePercentile(10);
    private final PSquarePercentile p50 = new PSquarePercentile(50);
    private final PSquarePercentile p90 = new PSquarePercentile(90);
    private double sum;
    private long n;

    void add(double value) {
        p10.increment(value);
        p50.increment(value);
        p90.increment(value);
        sum += value;
        n++;
    }

    double mean() {
        return n == 0 ? 0 : sum / n;
    }

    Stats stats() {
        if (n == 0) return Stats.ZERO;
        return new Stats(mean(), p10.getResult(), p50.getResult(), p90.getResult());
    }
}
