package org.onepool.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

class EstimatorsTest {

    /** Garwood's exact 95% limits for a Poisson count, as tabulated (e.g. Ulm 1990, Am J Epidemiol 131:373). */
    @Test
    void poissonIntervalsMatchThePublishedExactLimits() {
        double[][] table = {{0, 0, 3.689}, {1, 0.0253, 5.572}, {5, 1.624, 11.668}, {10, 4.795, 18.390},
            {20, 12.217, 30.889}};
        for (double[] row : table) {
            Interval i = Interval.poissonRate((long) row[0], 1);
            assertThat(i.low()).as("lower for %s", row[0]).isCloseTo(row[1], within(0.001));
            assertThat(i.high()).as("upper for %s", row[0]).isCloseTo(row[2], within(0.001));
        }
        Interval perYear = Interval.poissonRate(10, 250);
        assertThat(perYear.estimate()).isEqualTo(0.04);
        assertThat(perYear.high()).isCloseTo(18.390 / 250, within(1e-5));
    }

    /** Clopper-Pearson limits: closed forms at the ends (1 - 0.975^(1/n)) and published values in between. */
    @Test
    void shareIntervalsMatchClopperPearson() {
        assertThat(Interval.share(0, 10).high()).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-6));
        assertThat(Interval.share(10, 10).low()).isCloseTo(Math.pow(0.025, 0.1), within(1e-6));
        assertThat(Interval.share(1, 20).low()).isCloseTo(1 - Math.pow(0.975, 1.0 / 20), within(1e-6));
        Interval half = Interval.share(5, 10);
        assertThat(half.low()).isCloseTo(0.1871, within(1e-4));
        assertThat(half.high()).isCloseTo(0.8129, within(1e-4));
    }

    /** Occurrences over exposure, worked by hand: bands [0,1), [1,2), [2,inf). */
    @Test
    void theLifeTableSplitsExposureAcrossBandsAndCountsEachLeaverInTheBandTheyLeftFrom() {
        List<Spell> spells = List.of(new Spell(0, 3, true), new Spell(0.5, 1.5, false), new Spell(2.5, 6, true),
                new Spell(0, 0.25, true), new Spell(1.2, 1.7, true));
        List<BandRate> bands = LifeTable.estimate(spells, new double[] {0, 1, 2}, 0);
        assertThat(bands).hasSize(3);
        // [0,1): 1 + 0.5 + 0.25 = 1.75 years, one leaver; [1,2): 1 + 0.5 + 0.5 = 2, one; [2,inf): 1 + 3.5 = 4.5, two.
        assertThat(bands.get(0).exposureYears()).isCloseTo(1.75, within(1e-12));
        assertThat(bands.get(1).exposureYears()).isCloseTo(2.0, within(1e-12));
        assertThat(bands.get(2).exposureYears()).isCloseTo(4.5, within(1e-12));
        assertThat(bands.stream().map(BandRate::leavers).toList()).containsExactly(1L, 1L, 2L);
        assertThat(bands.get(2).annualRate().estimate()).isCloseTo(1 - Math.exp(-2 / 4.5), within(1e-12));
        assertThat(bands.get(2).toYears()).isNull();
        assertThat(bands.stream().map(BandRate::people).toList()).containsExactly(3, 3, 2);
    }

    @Test
    void bandsWithFewerThanFiveLeaversAreMergedIntoTheirNeighbour() {
        List<Spell> spells = new ArrayList<>();
        for (int i = 0; i < 10; i++) spells.add(new Spell(0, 0.5, true));
        for (int i = 0; i < 3; i++) spells.add(new Spell(1, 1.5, true));
        for (int i = 0; i < 10; i++) spells.add(new Spell(2, 8, true));
        List<BandRate> bands = LifeTable.estimate(spells, new double[] {0, 1, 2});
        assertThat(bands).extracting(BandRate::fromYears).containsExactly(0.0, 2.0);
        assertThat(bands.get(0).toYears()).isEqualTo(2.0);
        assertThat(bands.get(0).leavers()).isEqualTo(13);
    }

    /**
     * Theory: with piecewise-constant hazards, staff coming into view at random tenures (joined before the
     * period) and censored at its end, the 95% intervals cover the true annual rates about 95% of the time.
     */
    @Test
    void lifeTableIntervalsCoverTheTrueRatesAtTheirStatedLevel() {
        double[] edges = {0, 1, 3};
        double[] hazard = {0.30, 0.15, 0.08};
        SplittableRandom random = new SplittableRandom(11);
        int covered = 0;
        int intervals = 0;
        for (int rep = 0; rep < 200; rep++) {
            List<Spell> spells = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                double entry = random.nextDouble() < 0.5 ? 0 : random.nextDouble() * 10;
                double t = entry;
                double end = entry + random.nextDouble() * 5;
                boolean left = false;
                while (true) {
                    int b = t < 1 ? 0 : t < 3 ? 1 : 2;
                    double bandEnd = b < 2 ? edges[b + 1] : Double.POSITIVE_INFINITY;
                    double next = t - Math.log(1 - random.nextDouble()) / hazard[b];
                    if (next < Math.min(bandEnd, end)) {
                        t = next;
                        left = true;
                        break;
                    }
                    if (end <= bandEnd) {
                        t = end;
                        break;
                    }
                    t = bandEnd;
                }
                spells.add(new Spell(entry, t, left));
            }
            List<BandRate> bands = LifeTable.estimate(spells, edges);
            assertThat(bands).hasSize(3);
            for (int b = 0; b < 3; b++) {
                intervals++;
                if (bands.get(b).annualRate().contains(1 - Math.exp(-hazard[b]))) covered++;
            }
        }
        assertThat((double) covered / intervals).isBetween(0.92, 0.985);
    }

    @Test
    void aLognormalFitRecoversItsParametersAndAcceptsItsOwnQuantiles() {
        LogNormalDistribution truth = new LogNormalDistribution(null, 1.0, 0.5, 1e-9);
        double[] data = new double[400];
        for (int i = 0; i < data.length; i++) data[i] = truth.inverseCumulativeProbability((i + 0.5) / data.length);
        LogNormalFit fit = LogNormalFit.of(data);
        assertThat(fit.logMean()).isCloseTo(1.0, within(1e-6));
        assertThat(fit.logSd()).isCloseTo(0.5, within(0.01));
        assertThat(fit.median()).isCloseTo(Math.exp(1), within(1e-5));
        assertThat(fit.p90()).isCloseTo(truth.inverseCumulativeProbability(0.9), within(0.05));
        assertThat(fit.ksDistance()).isLessThan(0.01);
        assertThat(fit.ksPValue()).isGreaterThan(0.99);
    }

    @Test
    void aLognormalFitToDataThatAreNotLognormalFailsItsGoodnessOfFit() {
        ExponentialDistribution exponential = new ExponentialDistribution(null, 3);
        double[] data = new double[2000];
        for (int i = 0; i < data.length; i++) data[i] = exponential.inverseCumulativeProbability((i + 0.5) / data.length);
        assertThat(LogNormalFit.of(data).ksPValue()).isLessThan(0.001);
    }

    @Test
    void smallGroupsJoinTheirSmallerNeighbourUntilEveryGroupHasFive() {
        assertThat(SmallCells.merge(new int[] {3, 10, 2, 8})).containsExactly(0, 0, 2, 2);
        assertThat(SmallCells.merge(new int[] {6, 7, 9})).containsExactly(0, 1, 2);
        assertThat(SmallCells.merge(new int[] {1, 1, 1})).containsExactly(0, 0, 0);
        assertThat(SmallCells.merge(new int[] {0, 12, 0, 0, 5})).containsExactly(0, 0, 2, 2, 2);
    }
}
