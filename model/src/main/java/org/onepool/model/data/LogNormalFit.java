package org.onepool.model.data;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * A lognormal fitted by maximum likelihood (mean and standard deviation of the logarithms, the latter with
 * the n - 1 divisor), stated as a scenario states one (median and 90th percentile), with its goodness of fit:
 * the Kolmogorov-Smirnov distance between the data and the fit and its p-value. The parameters come from
 * the same data, so the p-value is conservative (Lilliefors): a small one is a real misfit, a large one is
 * not proof of fit.
 *
 * @param n         observations fitted
 * @param ksDistance largest gap between the empirical and the fitted distribution functions
 * @param ksPValue  Kolmogorov-Smirnov p-value
 */
public record LogNormalFit(int n, double logMean, double logSd, double ksDistance, double ksPValue) {
    private static final double Z90 = 1.2815515655446004;

    /** Fits positive values (zeros and negatives are not durations a lognormal can hold: the caller drops them). */
    public static LogNormalFit of(double[] values) {
        if (values.length < 3) throw new IllegalArgumentException("at least 3 values to fit a lognormal");
        SummaryStatistics logs = new SummaryStatistics();
        for (double v : values) {
            if (!(v > 0)) throw new IllegalArgumentException("a duration of " + v);
            logs.addValue(Math.log(v));
        }
        double mu = logs.getMean();
        double sigma = Math.max(1e-6, logs.getStandardDeviation());
        LogNormalDistribution fitted = new LogNormalDistribution(null, mu, sigma, 1e-9);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        return new LogNormalFit(values.length, mu, sigma, ks.kolmogorovSmirnovStatistic(fitted, values),
                ks.kolmogorovSmirnovTest(fitted, values, false));
    }

    public double median() {
        return Math.exp(logMean);
    }

    public double p90() {
        return Math.exp(logMean + Z90 * logSd);
    }

    public double mean() {
        return Math.exp(logMean + logSd * logSd / 2);
    }
}
