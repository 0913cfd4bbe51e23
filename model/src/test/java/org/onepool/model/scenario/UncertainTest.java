package org.onepool.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lognormal stated by its median and P90 is the lognormal with those quantiles. */
class UncertainTest {

    private static Uncertain lognormal(double median, double p90) {
        return new Uncertain(null, null, null, new LogNormalSpec(median, p90), null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({"10000, 15000", "0.1, 0.25", "3, 3.1", "250000, 1000000"})
    void theFittedDistributionHasTheStatedMedianAndP90(double median, double p90) {
        Uncertain u = lognormal(median, p90);
        var fitted = u.distribution(null);
        assertThat(fitted.cumulativeProbability(median)).isCloseTo(0.5, within(1e-9));
        assertThat(fitted.cumulativeProbability(p90)).isCloseTo(0.9, within(1e-9));
        assertThat(u.quantile(0.5)).isCloseTo(median, within(median * 1e-6));
        assertThat(u.quantile(0.9)).isCloseTo(p90, within(p90 * 1e-6));
        assertThat(u.central()).isEqualTo(median);
    }

    /**
     * Against the closed form: ln X is normal with mean ln(median) and sd ln(P90 / median) / z(0.9), so
     * the mean is median x exp(sd^2 / 2); and draws fall below the P90 nine times in ten.
     */
    @ParameterizedTest
    @CsvSource({"10000, 15000", "0.1, 0.25"})
    void drawsFollowTheClosedForm(double median, double p90) {
        double sigma = Math.log(p90 / median) / new NormalDistribution().inverseCumulativeProbability(0.9);
        Uncertain u = lognormal(median, p90);
        assertThat(u.distribution(null).getNumericalMean()).isCloseTo(median * Math.exp(sigma * sigma / 2),
                within(median * 1e-9));
        Well19937c random = new Well19937c(7);
        int n = 100_000;
        int belowP90 = 0;
        int belowMedian = 0;
        for (int k = 0; k < n; k++) {
            double x = u.sample(random);
            if (x <= p90) belowP90++;
            if (x <= median) belowMedian++;
        }
        // Binomial sampling error of a proportion: four standard errors.
        assertThat(belowP90 / (double) n).isCloseTo(0.9, within(4 * Math.sqrt(0.9 * 0.1 / n)));
        assertThat(belowMedian / (double) n).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / n)));
    }
}
