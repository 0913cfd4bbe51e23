package org.onepool.model.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.PSquarePercentile;
import org.junit.jupiter.api.Test;
import org.onepool.model.experiment.StatsOf;

/**
 * The flat P-square estimator against exact references: exact percentiles up to five values, Commons Math's
 * own P-square on the same stream, and the distribution's true quantiles on large samples.
 */
class BandedCellsTest {

    @Test
    void upToFiveValuesThePercentilesAreExactAsInASpreadsheet() {
        double[] values = {7, 1, 4, 9, 3};
        for (int k = 1; k <= 5; k++) {
            BandedCells cells = new BandedCells(1);
            for (int i = 0; i < k; i++) {
                cells.add(0, values[i]);
                cells.next();
            }
            var exact = StatsOf.of(java.util.Arrays.copyOf(values, k));
            assertThat(cells.percentile(0, 0)).as("%d values", k).isEqualTo(exact.p10());
            assertThat(cells.percentile(0, 1)).as("%d values", k).isEqualTo(exact.p50());
            assertThat(cells.percentile(0, 2)).as("%d values", k).isEqualTo(exact.p90());
        }
    }

    /**
     * A quantity constant for its first k values (a redundancy count that is nought until a bad year) is not
     * updated until it varies, then its markers are rebuilt by replaying the run: the percentiles are exactly
     * those of updating every time, for a run ending before, at and after the five staged values, and never.
     */
    @Test
    void aQuantityConstantForAWhileEndsWithExactlyTheBandsOfUpdatingEveryTime() {
        Random random = new Random(3);
        for (int k : new int[] {0, 1, 4, 5, 6, 7, 50, 300, 1000}) {
            BandedCells skipping = new BandedCells(2);
            BandedCells updating = new BandedCells(2, false);
            for (int r = 0; r < 1000; r++) {
                double x = r < k ? 0.0 : random.nextInt(7) - 3;
                // Quantity 1 varies from its second value: it never waits.
                double y = r == 0 ? 5 : random.nextGaussian();
                skipping.add(0, x);
                skipping.add(1, y);
                skipping.next();
                updating.add(0, x);
                updating.add(1, y);
                updating.next();
            }
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    assertThat(skipping.percentile(i, j)).as("k %d quantity %d percentile %d", k, i, j)
                            .isEqualTo(updating.percentile(i, j));
                }
            }
        }
    }

    @Test
    void manyQuantitiesAtOnceEachLandAsNearTheExactSamplePercentilesAsCommonsMathsPSquare() {
        int quantities = 3;
        int n = 1000;
        BandedCells cells = new BandedCells(quantities);
        PSquarePercentile[][] reference = new PSquarePercentile[quantities][3];
        for (int i = 0; i < quantities; i++) {
            for (int j = 0; j < 3; j++) reference[i][j] = new PSquarePercentile(BandedCells.PROBABILITIES[j] * 100);
        }
        double[][] all = new double[quantities][n];
        Random random = new Random(11);
        for (int r = 0; r < n; r++) {
            // A normal, a skewed (exponential) and a lumpy (sum of two dice) quantity.
            double[] x = {random.nextGaussian() * 10 + 50, -Math.log(1 - random.nextDouble()) * 3,
                2 + random.nextInt(6) + random.nextInt(6)};
            for (int i = 0; i < quantities; i++) {
                cells.add(i, x[i]);
                all[i][r] = x[i];
                for (int j = 0; j < 3; j++) reference[i][j].increment(x[i]);
            }
            cells.next();
        }
        for (int i = 0; i < quantities; i++) {
            var exact = StatsOf.of(all[i]);
            double[] truth = {exact.p10(), exact.p50(), exact.p90()};
            double spread = exact.p90() - exact.p10();
            for (int j = 0; j < 3; j++) {
                double ours = Math.abs(cells.percentile(i, j) - truth[j]);
                double theirs = Math.abs(reference[i][j].getResult() - truth[j]);
                assertThat(ours).as("quantity %d percentile %d", i, j).isLessThanOrEqualTo(Math.max(0.03 * spread, 2 * theirs));
            }
        }
    }

    @Test
    void onALargeSkewedSampleTheBandsAreNearTheTrueQuantiles() {
        ExponentialDistribution exponential = new ExponentialDistribution(new Well19937c(5), 2.0);
        BandedCells cells = new BandedCells(1);
        for (int r = 0; r < 20_000; r++) {
            cells.add(0, exponential.sample());
            cells.next();
        }
        // True quantiles of an exponential with mean 2: -2 ln(1 - p).
        assertThat(cells.percentile(0, 0)).isCloseTo(-2 * Math.log(0.9), within(0.02));
        assertThat(cells.percentile(0, 1)).isCloseTo(-2 * Math.log(0.5), within(0.03));
        assertThat(cells.percentile(0, 2)).isCloseTo(-2 * Math.log(0.1), within(0.08));
    }

    @Test
    void takingEveryQuantitysValueAtOnceGivesTheSameBandsToTheLastBitAsOneAtATime() {
        // The fold's path: values picked out of a replication's flat array by a list of cells, less a
        // baseline's where a difference is folded.
        int[] at = {4, 0, 2, 5};
        BandedCells whole = new BandedCells(at.length);
        BandedCells differences = new BandedCells(at.length);
        BandedCells single = new BandedCells(at.length);
        BandedCells singleDifferences = new BandedCells(at.length);
        Random random = new Random(3);
        for (int r = 0; r < 400; r++) {
            double[] values = new double[6];
            double[] baseline = new double[6];
            for (int i = 0; i < 6; i++) {
                values[i] = random.nextGaussian() * (i + 1) + (r % 7 == 0 ? 30 : 0);
                baseline[i] = values[i] + random.nextInt(3) - 1;
            }
            whole.addAll(at, values, null);
            differences.addAll(at, values, baseline);
            for (int b = 0; b < at.length; b++) {
                single.add(b, values[at[b]]);
                singleDifferences.add(b, values[at[b]] - baseline[at[b]]);
            }
            single.next();
            singleDifferences.next();
            if (r == 3 || r == 5 || r == 399) {
                for (int b = 0; b < at.length; b++) {
                    for (int j = 0; j < 3; j++) {
                        assertThat(whole.percentile(b, j)).isEqualTo(single.percentile(b, j));
                        assertThat(differences.percentile(b, j)).isEqualTo(singleDifferences.percentile(b, j));
                    }
                }
            }
        }
        assertThat(whole.count()).isEqualTo(400);
    }

    @Test
    void aQuantityThatNeverVariesHasBandsExactlyAtItsValue() {
        BandedCells cells = new BandedCells(2);
        for (int r = 0; r < 300; r++) {
            cells.add(0, 0);
            cells.add(1, -12.5);
            cells.next();
        }
        for (int j = 0; j < 3; j++) {
            assertThat(cells.percentile(0, j)).isZero();
            assertThat(cells.percentile(1, j)).isEqualTo(-12.5);
        }
    }
}
