package org.onepool.model.experiment;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.PSquarePercentile;

/**
 * Mean and P10/P50/P90 of a quantity in bounded memory. The first {@value #EXACT} values are kept and
 * give exact percentiles (as {@link StatsOf}); past that the P-square estimator (Jain and Chlamtac 1985,
 * Commons Math), primed with the kept values, takes over, so memory stops growing with replications.
 * Values must arrive in replication order for results not to depend on the thread count;
 * {@link OrderedParallel} guarantees that.
 */
final class StreamingStats {
    static final int EXACT = 200;

    private double[] kept = new double[16];
    private PSquarePercentile p10;
    private PSquarePercentile p50;
    private PSquarePercentile p90;
    private double sum;
    private int n;

    static StreamingStats[] array(int size) {
        StreamingStats[] out = new StreamingStats[size];
        for (int i = 0; i < size; i++) out[i] = new StreamingStats();
        return out;
    }

    void add(double value) {
        sum += value;
        if (p10 == null && n < EXACT) {
            if (n == kept.length) kept = Arrays.copyOf(kept, Math.min(EXACT, n * 2));
            kept[n++] = value;
            return;
        }
        if (p10 == null) {
            p10 = new PSquarePercentile(10);
            p50 = new PSquarePercentile(50);
            p90 = new PSquarePercentile(90);
            for (int i = 0; i < n; i++) increment(kept[i]);
            kept = null;
        }
        increment(value);
        n++;
    }

    private void increment(double value) {
        p10.increment(value);
        p50.increment(value);
        p90.increment(value);
    }

    double mean() {
        return n == 0 ? 0 : sum / n;
    }

    Stats stats() {
        if (n == 0) return Stats.ZERO;
        if (p10 == null) {
            Stats exact = StatsOf.of(Arrays.copyOf(kept, n));
            return new Stats(mean(), exact.p10(), exact.p50(), exact.p90());
        }
        double median = p50.getResult();
        // The three estimators run separately; keep them in order.
        return new Stats(mean(), Math.min(p10.getResult(), median), median, Math.max(p90.getResult(), median));
    }
}
