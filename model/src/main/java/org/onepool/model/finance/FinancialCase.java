package org.onepool.model.finance;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The financial case of one option in one replication: cash only, nominal (pay awards and price inflation
 * applied), undiscounted, by partner and financial year, as each partner's budget book will show it. A
 * positive amount is cash a partner no longer spends; the option's own costs (no optimism bias: that is the
 * economic case's) are split by the cost shares; a transfer is a cost to its payer and income to its receiver.
 *
 * <p>Immutable: arrays are copied in and out; indexed accessors copy nothing.
 *
 * @param cells         net cash by [partner][category][year]
 * @param net           net cash by [partner][year]: savings minus the option's costs
 * @param saving        cashable saving by [partner][year]: the budget lines that fall, before the option's costs
 * @param monthlyNet    net cash of all partners by month
 * @param paybackMonth  first month from which the cumulative net cash stays at or above zero (null: never)
 * @param peakFunding   deepest point of the cumulative net cash, as a positive amount
 * @param partnerPaybackMonth per partner, the same on its own cash (null: never)
 * @param partnerPeakFunding  per partner, the same on its own cash
 */
public record FinancialCase(double[][][] cells, double[][] net, double[][] saving, double[] monthlyNet,
                            Integer paybackMonth, double peakFunding, Integer[] partnerPaybackMonth,
                            double[] partnerPeakFunding) implements Serializable {
    private static final long serialVersionUID = 1L;

    public FinancialCase {
        cells = OptionAppraisal.deepCopy(cells);
        net = copy(net);
        saving = copy(saving);
        monthlyNet = monthlyNet.clone();
        partnerPaybackMonth = partnerPaybackMonth.clone();
        partnerPeakFunding = partnerPeakFunding.clone();
    }

    public double net(int partner, int year) {
        return net[partner][year];
    }

    public double saving(int partner, int year) {
        return saving[partner][year];
    }

    public double cell(int partner, int category, int year) {
        return cells[partner][category][year];
    }

    /** The cash a partner must find in a year: its net cash when negative, else 0. */
    public double fundingGap(int partner, int year) {
        return Math.max(0, -net[partner][year]);
    }

    public Integer partnerPaybackMonth(int partner) {
        return partnerPaybackMonth[partner];
    }

    public double partnerPeakFunding(int partner) {
        return partnerPeakFunding[partner];
    }

    /** Net cash of all partners over the horizon. */
    public double totalNet() {
        double sum = 0;
        for (double[] row : net) for (double v : row) sum += v;
        return sum;
    }

    @Override
    public double[][][] cells() {
        return OptionAppraisal.deepCopy(cells);
    }

    @Override
    public double[][] net() {
        return copy(net);
    }

    @Override
    public double[][] saving() {
        return copy(saving);
    }

    @Override
    public double[] monthlyNet() {
        return monthlyNet.clone();
    }

    @Override
    public Integer[] partnerPaybackMonth() {
        return partnerPaybackMonth.clone();
    }

    @Override
    public double[] partnerPeakFunding() {
        return partnerPeakFunding.clone();
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FinancialCase f && Arrays.deepEquals(cells, f.cells) && Arrays.deepEquals(net, f.net)
                && Arrays.deepEquals(saving, f.saving) && Arrays.equals(monthlyNet, f.monthlyNet)
                && java.util.Objects.equals(paybackMonth, f.paybackMonth) && Double.compare(peakFunding, f.peakFunding) == 0
                && Arrays.equals(partnerPaybackMonth, f.partnerPaybackMonth)
                && Arrays.equals(partnerPeakFunding, f.partnerPeakFunding);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(net);
    }

    @Override
    public String toString() {
        return "FinancialCase[totalNet=" + totalNet() + ", paybackMonth=" + paybackMonth + "]";
    }
}
