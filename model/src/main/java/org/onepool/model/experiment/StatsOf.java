package org.onepool.model.experiment;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Stats over replications from exact per-replication values. Percentiles use Commons Math with
 * estimation type R_7 (the default of R and of Excel's PERCENTILE.INC), so a finance officer can
 * reproduce them in a spreadsheet.
 */
public final class StatsOf {
    private StatsOf() {
    }

    public static Percentile percentile() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }

    public static Stats of(double[] values) {
        if (values.length == 0) return Stats.ZERO;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Percentile p = percentile();
        p.setData(sorted);
        double sum = 0;
        for (double v : values) sum += v;
        return new Stats(sum / values.length, p.evaluate(10), p.evaluate(50), p.evaluate(90));
    }

    /** The median alone. */
    public static double median(double[] values) {
        return values.length == 0 ? 0 : percentile().evaluate(values, 50);
    }
}
