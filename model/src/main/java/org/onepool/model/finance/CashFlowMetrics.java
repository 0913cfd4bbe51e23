package org.onepool.model.finance;

import java.util.OptionalInt;

/**
 * Appraisal measures of a monthly net cash flow (positive = net saving). Flows are summed by financial
 * year and discounted with that year's factor, as the Green Book discounts annual flows.
 */
public final class CashFlowMetrics {
    private CashFlowMetrics() {
    }

    /** Net present value: sum over months of flow x the factor of the month's appraisal year. */
    public static double npv(double[] monthly, FinancialYears years, double[] factors) {
        double pv = 0;
        for (int m = 0; m < monthly.length; m++) pv += monthly[m] * factors[years.yearOf(m)];
        return pv;
    }

    /** Running total at the end of each month. */
    public static double[] cumulative(double[] monthly) {
        double[] out = new double[monthly.length];
        double sum = 0;
        for (int m = 0; m < monthly.length; m++) out[m] = sum += monthly[m];
        return out;
    }

    /** Running total of discounted flows at the end of each month. */
    public static double[] discountedCumulative(double[] monthly, FinancialYears years, double[] factors) {
        double[] out = new double[monthly.length];
        double sum = 0;
        for (int m = 0; m < monthly.length; m++) out[m] = sum += monthly[m] * factors[years.yearOf(m)];
        return out;
    }

    /**
     * Payback month: the first month m from which the cumulative stays at or above zero to the end of the
     * horizon (and is not zero throughout). Empty when the cumulative ends below zero. A flow that never
     * dips pays back in month 0; one that recovers, dips again and recovers pays back at the last recovery.
     */
    public static OptionalInt paybackMonth(double[] cumulative) {
        int n = cumulative.length;
        if (n == 0 || cumulative[n - 1] < 0) return OptionalInt.empty();
        int m = n - 1;
        while (m > 0 && cumulative[m - 1] >= 0) m--;
        return OptionalInt.of(m);
    }

    /** The deepest point of the cumulative flow, as a positive amount of funding needed (0 if never negative). */
    public static double peakFunding(double[] cumulative) {
        double min = 0;
        for (double c : cumulative) min = Math.min(min, c);
        return -min;
    }
}
