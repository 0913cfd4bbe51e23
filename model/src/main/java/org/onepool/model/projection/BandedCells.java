package org.onepool.model.projection;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * P10, P50 and P90 of many quantities at once, one value of each per replication, in a fixed 125 bytes per
 * quantity whatever the number of replications: the P-square estimator (Jain and Chlamtac 1985, the
 * algorithm of Commons Math's {@code PSquarePercentile}), laid out in flat arrays because a projection
 * has tens of thousands of quantities and one {@code PSquarePercentile} object takes about 900 bytes.
 * The three estimators of a quantity share their extreme markers (the minimum and maximum seen). Up to
 * five values the percentiles are exact (R_7, as {@code StatsOf}). Values must arrive in replication order.
 *
 * <p>A quantity whose values have all been the same so far (a third of a projection's cells: redundancies
 * where there are none, a difference before the option starts) is not updated: its first value stands for
 * them, and at the first different value its markers are built by replaying the run of equal values, so the
 * percentiles are exactly those of updating every time.
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
    public static final int BYTES_PER_QUANTITY = HEIGHTS * Double.BYTES + POSITIONS * Integer.BYTES + 1;

    private final int size;
    private final double[] heights;
    private final int[] positions;
    /** Per quantity: whether a value has differed from its first; until then its markers wait. */
    private final boolean[] varied;
    private int n;
    /** {@link #target}'s desired positions, and the count they are for. */
    private final double[] targets = new double[3 * Q];
    private int targetCount = -1;

    /** Whether a constant quantity waits (always, but in the test that shows it changes nothing). */
    private final boolean skipConstant;

    public BandedCells(int size) {
        this(size, true);
    }

    BandedCells(int size, boolean skipConstant) {
        this.skipConstant = skipConstant;
        this.size = size;
        this.heights = new double[size * HEIGHTS];
        this.positions = new int[size * POSITIONS];
        this.varied = new boolean[size];
    }

    public int size() {
        return size;
    }

    public int count() {
        return n;
    }

    /** One value of quantity i for the next replication: call for every i, then {@link #next}. */
    public void add(int i, double x) {
        add(i, x, n < 5 ? null : target(n + 1));
    }

    /** Quantity i's next value; {@code desired} is {@link #target}'s array for the sixth value on. */
    private void add(int i, double x, double[] desired) {
        int h = i * HEIGHTS;
        if (!varied[i] && n > 0 && (!skipConstant || !sameBits(x, heights[h]))) {
            varied[i] = true;
            if (n > 5) replay(i);
        }
        if (n < 5) {
            // The first five values wait in the marker slots; at the sixth they become the markers.
            heights[h + n] = x;
        } else if (varied[i]) {
            update(i, x, desired, n);
        }
    }

    private static boolean sameBits(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /**
     * Quantity i's markers after its first n values, all equal (still in the five marker slots): the updates
     * skipped while it was constant, made now in the same order.
     */
    private void replay(int i) {
        double x = heights[i * HEIGHTS];
        double[] desired = new double[3 * Q];
        for (int seen = 5; seen < n; seen++) {
            desiredPositions(seen + 1, desired);
            update(i, x, desired, seen);
        }
    }

    /**
     * One replication's values of every quantity at once, then {@link #next}: quantity b takes
     * {@code values[at[b]]}, less {@code minus[at[b]]} when {@code minus} is given.
     */
    public void addAll(int[] at, double[] values, double[] minus) {
        if (at.length != size) throw new IllegalArgumentException(at.length + " values for " + size + " quantities");
        double[] desired = n < 5 ? null : target(n + 1);
        for (int b = 0; b < size; b++) add(b, minus == null ? values[at[b]] : values[at[b]] - minus[at[b]], desired);
        next();
    }

    /** Closes the replication: every quantity has had its value. */
    public void next() {
        n++;
    }

    /**
     * Each inner marker's desired position, less one rank's worth, once {@code count} values are in: the
     * same for every quantity, so worked out once per replication.
     */
    private double[] target(int count) {
        if (count != targetCount) {
            desiredPositions(count, targets);
            targetCount = count;
        }
        return targets;
    }

    private static void desiredPositions(int count, double[] out) {
        for (int j = 0; j < Q; j++) {
            for (int m = 1; m <= 3; m++) out[3 * j + m - 1] = 1 + (count - 1) * INCREMENTS[j][m];
        }
    }

    /** Quantity i's new value x, the sixth or a later one, after {@code seen} values. */
    private void update(int i, double x, double[] desired, int seen) {
        if (seen == 5) start(i);
        int count = seen + 1;
        int h = i * HEIGHTS;
        if (x < heights[h]) heights[h] = x;
        if (x > heights[h + 1]) heights[h + 1] = x;
        for (int j = 0; j < Q; j++) update(i, j, x, count, desired);
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
     * Markers 0 and 4 are the shared minimum and maximum (ranks 1 and count); 1 to 3 are this percentile's,
     * adjusted in turn, each seeing the one below as already adjusted.
     */
    private void update(int i, int j, double x, int count, double[] desired) {
        int h = i * HEIGHTS;
        int at = h + 2 + 3 * j;
        int pos = i * POSITIONS + 3 * j;
        double q1 = heights[at];
        double q2 = heights[at + 1];
        double q3 = heights[at + 2];
        int r1 = positions[pos];
        int r2 = positions[pos + 1];
        int r3 = positions[pos + 2];
        // Ranks of the inner markers above the new value move up by one.
        if (x < q1) r1++;
        if (x < q2) r2++;
        if (x < q3) r3++;
        int t = 3 * j;
        double d = desired[t] - r1;
        if ((d >= 1 && r2 - r1 > 1) || (d <= -1 && 1 - r1 < -1)) {
            int s = d > 0 ? 1 : -1;
            q1 = moved(q1, heights[h], q2, r1, 1, r2, s);
            r1 += s;
        }
        d = desired[t + 1] - r2;
        if ((d >= 1 && r3 - r2 > 1) || (d <= -1 && r1 - r2 < -1)) {
            int s = d > 0 ? 1 : -1;
            q2 = moved(q2, q1, q3, r2, r1, r3, s);
            r2 += s;
        }
        d = desired[t + 2] - r3;
        if ((d >= 1 && count - r3 > 1) || (d <= -1 && r2 - r3 < -1)) {
            int s = d > 0 ? 1 : -1;
            q3 = moved(q3, q2, heights[h + 1], r3, r2, count, s);
            r3 += s;
        }
        heights[at] = q1;
        heights[at + 1] = q2;
        heights[at + 2] = q3;
        positions[pos] = r1;
        positions[pos + 1] = r2;
        positions[pos + 2] = r3;
    }

    /**
     * A marker's height moved one rank ({@code s}) towards its desired position: by the parabolic (P-square)
     * formula through its neighbours, or linearly towards the neighbour when the parabola leaves their range.
     */
    private static double moved(double q, double qBelow, double qAbove, int r, int below, int above, int s) {
        double parabolic = q + (double) s / (above - below)
                * ((r - below + s) * (qAbove - q) / (above - r) + (above - r - s) * (q - qBelow) / (r - below));
        if (qBelow < parabolic && parabolic < qAbove) return parabolic;
        double qNext = s > 0 ? qAbove : qBelow;
        int rNext = s > 0 ? above : below;
        return q + s * (qNext - q) / (rNext - r);
    }

    /** The j-th percentile (0: P10, 1: P50, 2: P90) of quantity i over the values so far. */
    public double percentile(int i, int j) {
        int h = i * HEIGHTS;
        if (n == 0) return 0;
        if (n <= 5) {
            Percentile exact = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            return exact.evaluate(Arrays.copyOfRange(heights, h, h + n), PROBABILITIES[j] * 100);
        }
        if (!varied[i]) return heights[h];
        return heights[h + 2 + 3 * j + 1];
    }
}
