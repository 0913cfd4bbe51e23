package org.onepool.model.finance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.onepool.model.scenario.CostCategory;

/**
 * How the economic and the financial case read the ledger, resolved per appraisal year. The ledger is at
 * the price base year's prices.
 * <ul>
 * <li>Economic case (real terms): pay-linked lines grow with real earnings growth,
 *     {@code (1 + g)^(financial year - price base year)}; lost service (net of the pay released) is counted
 *     unless switched off.</li>
 * <li>Financial case (nominal cash): pay-linked lines are uprated by the pay awards and the rest by price
 *     inflation, each compounded from the price base year to the appraisal year; staff time counts as cash
 *     only for the categories the scenario names as cashable (posts removed).</li>
 * </ul>
 *
 * @param cashable categories the scenario names as cashable; for staff time, that the time freed is taken out
 *                 as posts
 */
public record CaseSettings(Set<CostCategory> cashable, boolean lostService, double[] realEarningsFactor,
                           double[] payIndex, double[] priceIndex) {

    public CaseSettings {
        cashable = cashable.isEmpty() ? EnumSet.noneOf(CostCategory.class) : EnumSet.copyOf(cashable);
        realEarningsFactor = realEarningsFactor.clone();
        payIndex = payIndex.clone();
        priceIndex = priceIndex.clone();
    }

    /** No real earnings growth, no pay awards or inflation (nominal equals base-year prices), lost service counted. */
    public static CaseSettings plain(int years, Set<CostCategory> cashable) {
        double[] ones = new double[years];
        Arrays.fill(ones, 1);
        return new CaseSettings(cashable, true, ones, ones, ones);
    }

    /**
     * @param priceBaseYear    the calendar year the price base financial year starts in
     * @param firstYear        the calendar year appraisal year 0 starts in
     * @param payAward         the pay award of a financial year, given the calendar year it starts in
     * @param priceInflation   the same for prices
     */
    public static CaseSettings of(Set<CostCategory> cashable, boolean lostService, double realEarningsGrowth,
                                  int priceBaseYear, int firstYear, int years,
                                  java.util.function.IntToDoubleFunction payAward,
                                  java.util.function.IntToDoubleFunction priceInflation) {
        double[] real = new double[years];
        double[] pay = new double[years];
        double[] price = new double[years];
        for (int y = 0; y < years; y++) {
            int fy = firstYear + y;
            real[y] = Math.pow(1 + realEarningsGrowth, fy - priceBaseYear);
            pay[y] = compound(payAward, priceBaseYear, fy);
            price[y] = compound(priceInflation, priceBaseYear, fy);
        }
        return new CaseSettings(cashable, lostService, real, pay, price);
    }

    /** The index of financial year {@code to} on base {@code from} = 1: each year after the base adds its rate. */
    static double compound(java.util.function.IntToDoubleFunction rate, int from, int to) {
        double index = 1;
        for (int fy = from + 1; fy <= to; fy++) index *= 1 + rate.applyAsDouble(fy);
        for (int fy = from; fy > to; fy--) index /= 1 + rate.applyAsDouble(fy);
        return index;
    }

    /** Counted in the economic case. */
    public boolean economic(CostCategory c) {
        return c.inEconomicCase() && (lostService || c != CostCategory.UNFILLED_POSTS);
    }

    /** Counted in the financial case. */
    public boolean financial(CostCategory c) {
        return c.inFinancialCase(cashable.contains(c));
    }

    /** Real-terms factor of a category's flow in appraisal year y. */
    public double realFactor(CostCategory c, int y) {
        return c.payLinked() ? realEarningsFactor[y] : 1;
    }

    /** Base-year prices to cash of the year: pay-linked lines by the pay awards, the rest by price inflation. */
    public double nominalFactor(CostCategory c, int y) {
        return c.payLinked() ? payIndex[y] : priceIndex[y];
    }

    @Override
    public double[] realEarningsFactor() {
        return realEarningsFactor.clone();
    }

    @Override
    public double[] payIndex() {
        return payIndex.clone();
    }

    @Override
    public double[] priceIndex() {
        return priceIndex.clone();
    }
}
