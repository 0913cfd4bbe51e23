package org.onepool.model.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds replications' projections in replication order: for business as usual, each option and each
 * option's difference from business as usual (option minus baseline in the same replication: common
 * random numbers), the sum of every row x year x measure, and the P10/P50/P90 of every value a row gives in
 * {@link BandedCells}. Memory is fixed by the rows, years and arms, never by the replications.
 */
public final class ProjectionFold {
    private final ProjectionRows rows;
    private final List<String> years;
    private final int arms;
    private final int size;
    /** Per series (arms, then each option's difference): sums, and the banded cells. */
    private final double[][] sums;
    private final BandedCells[] bands;
    /** For each flat index, its place among the banded cells, or -1 where the row does not give the measure. */
    private final int[] bandedIndex;
    /** The flat index of each banded cell, in order. */
    private final int[] bandedCells;
    private int n;

    /** @param arms business as usual plus the options */
    public ProjectionFold(ProjectionRows rows, List<String> years, int arms) {
        this.rows = rows;
        this.years = List.copyOf(years);
        this.arms = arms;
        this.size = rows.size() * years.size() * ProjectionMeasure.COUNT;
        int series = 2 * arms - 1;
        bandedIndex = new int[size];
        int banded = 0;
        int perRow = years.size() * ProjectionMeasure.COUNT;
        for (int i = 0; i < size; i++) {
            ProjectionMeasure m = ProjectionMeasure.ALL[i % ProjectionMeasure.COUNT];
            // No bands for what a row does not give (the pay bill of one job family).
            bandedIndex[i] = Projection.given(rows.get(i / perRow), m) ? banded++ : -1;
        }
        bandedCells = new int[banded];
        for (int i = 0; i < size; i++) if (bandedIndex[i] >= 0) bandedCells[bandedIndex[i]] = i;
        sums = new double[series][size];
        bands = new BandedCells[series];
        for (int s = 0; s < series; s++) bands[s] = new BandedCells(banded);
    }

    /** Bytes the fold holds, whatever the number of replications. */
    public long bytes() {
        long total = (long) Integer.BYTES * (size + bandedCells.length);
        for (int s = 0; s < sums.length; s++) {
            total += (long) Double.BYTES * size + (long) BandedCells.BYTES_PER_QUANTITY * bands[s].size();
        }
        return total;
    }

    public void add(ReplicationProjection replication) {
        if (replication.arms() != arms || replication.size() != size) {
            throw new IllegalArgumentException("a projection of " + replication.arms() + " arms and " + replication.size()
                    + " values where " + arms + " and " + size + " were due");
        }
        double[] baseline = replication.arm(0);
        for (int a = 0; a < arms; a++) fold(a, replication.arm(a), null);
        for (int a = 1; a < arms; a++) fold(arms + a - 1, replication.arm(a), baseline);
        n++;
    }

    /** One series' values: an arm's own, or less business as usual's when {@code minus} is given. */
    private void fold(int series, double[] values, double[] minus) {
        double[] sum = sums[series];
        if (minus == null) {
            for (int i = 0; i < size; i++) sum[i] += values[i];
        } else {
            for (int i = 0; i < size; i++) sum[i] += values[i] - minus[i];
        }
        bands[series].addAll(bandedCells, values, minus);
    }

    public int replications() {
        return n;
    }

    /**
     * The projection so far.
     *
     * @param armIds   ids of business as usual and each option, in arm order
     * @param armNames their names
     */
    public Projection result(List<String> armIds, List<String> armNames) {
        List<Projection.Arm> list = new ArrayList<>();
        for (int a = 0; a < arms; a++) list.add(new Projection.Arm(armIds.get(a), armNames.get(a), a == 0 ? "baseline" : "option", null));
        for (int a = 1; a < arms; a++) {
            list.add(new Projection.Arm(armIds.get(a) + "-minus-baseline", armNames.get(a) + " minus business as usual",
                    "difference", armIds.get(a)));
        }
        double[][] stats = new double[sums.length][];
        for (int s = 0; s < sums.length; s++) {
            double[] out = new double[size * 4];
            for (int i = 0; i < size; i++) {
                out[i * 4] = n == 0 ? 0 : sums[s][i] / n;
                int b = bandedIndex[i];
                for (int j = 0; j < 3; j++) out[i * 4 + 1 + j] = b < 0 ? Double.NaN : bands[s].percentile(b, j);
            }
            stats[s] = out;
        }
        return new Projection(rows.rows(), years, list, stats);
    }

    static Band stats(double[] values, int i) {
        return new Band(values[i * 4], values[i * 4 + 1], values[i * 4 + 2], values[i * 4 + 3]);
    }
}
