package org.onepool.model.workforce;

/** The monthly workforce record of one run: month x (partner x job family) x measure. */
public final class MonthlySeries {
    private final int months;
    private final int pfs;
    private final double[] values;

    public MonthlySeries(int months, int pfs) {
        this.months = months;
        this.pfs = pfs;
        this.values = new double[months * pfs * Measure.COUNT];
    }

    public int months() {
        return months;
    }

    public int pfs() {
        return pfs;
    }

    /** Adds to a measure: only the simulation writes the record. */
    void add(int month, int pf, Measure measure, double amount) {
        values[(month * pfs + pf) * Measure.COUNT + measure.ordinal()] += amount;
    }

    public double get(int month, int pf, Measure measure) {
        return values[(month * pfs + pf) * Measure.COUNT + measure.ordinal()];
    }

    /**
     * Adds every measure of every partner x job family in one month to {@code into[offset + pf * COUNT +
     * measure]}: one contiguous block, so a year's sums take one pass per month.
     */
    public void addMonthTo(int month, double[] into, int offset) {
        int block = pfs * Measure.COUNT;
        int from = month * block;
        for (int j = 0; j < block; j++) into[offset + j] += values[from + j];
    }

    /** Sum over every partner x job family in a month. */
    public double total(int month, Measure measure) {
        double sum = 0;
        for (int pf = 0; pf < pfs; pf++) sum += get(month, pf, measure);
        return sum;
    }

    /** Sum over the whole run for every partner x job family. */
    public double total(Measure measure) {
        double sum = 0;
        for (int m = 0; m < months; m++) sum += total(m, measure);
        return sum;
    }

    /** A copy of every recorded value, for exact comparisons. */
    public double[] toArray() {
        return values.clone();
    }
}
