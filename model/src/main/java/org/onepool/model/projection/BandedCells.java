package org.onepool.model.projection;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * P10, P50 and P90 of many quantities at once, one value of each per replication, in a fixed 124 bytes per
 * quantity whatever the number of replications: the P-square estimator (Jain and Chlamtac 1985, the
 * algorithm of Commons Math's {@code PSquarePercentile}), laid out in flat arrays because a projection
 * has tens of thousands of quantities and one {@code PSquarePercentile} object takes about 900 bytes.
 * The three estimators of a quantity share their extreme markers (the minimum and maximum seen). Up to
 * five values the percentiles are exact (R_7, as {@code StatsOf}). Values must arrive in replication order.
 */
public final class BandedCells {
    static final double[] PROBABILITIES = {0.10, 0.50, 0.90};
    private static final int Q = PROBABILITIES.length;
    /** How far each marker's desired rank moves per value, per percentile. */
    private static final double[][] INCREMENTS = new double[Q][];

    static {
        for (int j = 0; j < Q; j++) {
            double p = PROBABILITIES[j];
            INCREMENTS[j] = new double[] {0, p / 2, p, (1 + p) / 2, 1};
        }
    }

    /** Per quantity: minimum, maximum, then three inner markers per percentile. */
    private static final int HEIGHTS = 2 + 3 * Q;
    /** Per quantity: the positions (1-based ranks) of the inner markers. */
    private static final int POSITIONS = 3 * Q;
    public static final int BYTES_PER_QUANTITY = HEIGHTS * Double.BYTES + POSITIONS * Integer.BYTES;

    private final int size;
    private final double[] heights;
    private final int[] positions;
    private int n;

    public BandedCells(int size) {
        this.size = size;
        this.heights = new double[size * HEIGHTS];
        this.positions = new int[size * POSITIONS];
    }

    public int size() {
        return size;
    }

    public int count() {
        return n;
    }

    /** One value of quantity i for the next replication: call for every i, then {@link #next}. */
    public void add(int i, double x) {
        int h = i * HEIGHTS;
        if (n < 5) {
            // The first five values wait in the marker slots; at the sixth they become the markers.
            heights[h + n] = x;
            return;
        }
        if (n == 5) start(i);
        int count = n + 1;
        if (x < heights[h]) heights[h] = x;
        if (x > heights[h + 1]) heights[h + 1] = x;
        for (int j = 0; j < Q; j++) update(i, j, x, count);
    }

    /** Closes the replication: every quantity has had its value. */
    public void next() {
        n++;
    }

    private void start(int i) {
        int h = i * HEIGHTS;
        double[] first = Arrays.copyOfRange(heights, h, h + 5);
        Arrays.sort(first);
        heights[h] = first[0];
        heights[h + 1] = first[4];
        for (int j = 0; j < Q; j++) {
            int at = h + 2 + 3 * j;
            heights[at] = first[1];
            heights[at + 1] = first[2];
            heights[at + 2] = first[3];
            int pos = i * POSITIONS + 3 * j;
            positions[pos] = 2;
            positions[pos + 1] = 3;
            positions[pos + 2] = 4;
        }
    }

    /**
     * One new value x (already folded into the extremes) for percentile j; {@code count} values in all now.
     * Markers 0 and 4 are the shared minimum and maximum (ranks 1 and count); 1 to 3 are this percentile's.
     */
    private void update(int i, int j, double x, int count) {
        int h = i * HEIGHTS;
        int at = h + 2 + 3 * j - 1;
        int pos = i * POSITIONS + 3 * j - 1;
        // Ranks of the inner markers above the new value move up by one.
        for (int m = 1; m <= 3; m++) if (x < heights[at + m]) positions[pos + m]++;
        double[] increment = INCREMENTS[j];
        for (int m = 1; m <= 3; m++) {
            int r = positions[pos + m];
            int below = m == 1 ? 1 : positions[pos + m - 1];
            int above = m == 3 ? count : positions[pos + m + 1];
            double d = 1 + (count - 1) * increment[m] - r;
            if ((d >= 1 && above - r > 1) || (d <= -1 && below - r < -1)) {
                int s = d > 0 ? 1 : -1;
                double q = heights[at + m];
                double qBelow = m == 1 ? heights[h] : heights[at + m - 1];
                double qAbove = m == 3 ? heights[h + 1] : heights[at + m + 1];
                double parabolic = q + (double) s / (above - below)
                        * ((r - below + s) * (qAbove - q) / (above - r) + (above - r - s) * (q - qBelow) / (r - below));
                if (qBelow < parabolic && parabolic < qAbove) {
                    heights[at + m] = parabolic;
                } else {
                    double qNext = s > 0 ? qAbove : qBelow;
                    int rNext = s > 0 ? above : below;
                    heights[at + m] = q + s * (qNext - q) / (rNext - r);
                }
                positions[pos + m] = r + s;
            }
        }
    }

    /** The j-th percentile (0: P10, 1: P50, 2: P90) of quantity i over the values so far. */
    public double percentile(int i, int j) {
        int h = i * HEIGHTS;
        if (n == 0) return 0;
        if (n <= 5) {
            Percentile exact = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            return exact.evaluate(Arrays.copyOfRange(heights, h, h + n), PROBABILITIES[j] * 100);
        }
        return heights[h + 2 + 3 * j + 1];
    }
}
