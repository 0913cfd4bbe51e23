package org.onepool.model.finance;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.onepool.model.scenario.CostCategory;

/**
 * One option appraised against business as usual in one replication. Savings are business-as-usual
 * cost minus the option's cost in every category but the option's own set-up and running costs; positive
 * savings are cut by the benefits shortfall. The option's costs are raised by the optimism-bias uplift
 * (bias x (1 - mitigation)) and split among partners by their cost shares.
 *
 * <p>Immutable: the arrays are copied in and the array accessors return copies; readers in a loop use
 * the indexed accessors ({@link #monthlyNet(int)}, {@link #cell}, ...), which copy nothing.
 *
 * @param monthlyNet          net saving per month (savings minus option costs)
 * @param cells               net saving by [partner][category][financial year], undiscounted
 * @param partnerSavingPv     present value of the savings that fall to each partner
 * @param partnerNetNpv       each partner's savings PV minus its share of the costs' PV
 * @param costShares          each partner's share of the option's costs (sums to 1)
 */
public record OptionAppraisal(
        double[] monthlyNet,
        double npv,
        double benefitsPv,
        double investmentPv,
        double investment,
        double benefitCostRatio,
        double roi,
        Integer paybackMonth,
        Integer discountedPaybackMonth,
        double peakFunding,
        double cashableSaving,
        double nonCashableSaving,
        double[][][] cells,
        double[] partnerSavingPv,
        double[] partnerNetNpv,
        double[] costShares) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OptionAppraisal {
        monthlyNet = monthlyNet.clone();
        cells = deepCopy(cells);
        partnerSavingPv = partnerSavingPv.clone();
        partnerNetNpv = partnerNetNpv.clone();
        costShares = costShares.clone();
    }

    /** Optimism bias as resolved for the replication. */
    public record Bias(double costUplift, double mitigation, double benefitsShortfall) {
        public double costFactor() {
            return 1 + costUplift * (1 - mitigation);
        }

        public double benefitFactor() {
            return 1 - benefitsShortfall;
        }
    }

    public static OptionAppraisal of(Ledger baseline, Ledger option, double[] costShares, Bias bias,
                                     FinancialYears years, double[] factors, Set<CostCategory> cashable) {
        int months = baseline.months();
        int partners = baseline.partners();
        CostCategory[] categories = CostCategory.values();
        double[][][] cells = new double[partners][categories.length][years.years()];
        double[] monthly = new double[months];
        double[] partnerSavingPv = new double[partners];
        double benefitsPv = 0;
        double investmentPv = 0;
        double investment = 0;
        double cashableSaving = 0;
        double nonCashableSaving = 0;
        for (int m = 0; m < months; m++) {
            int y = years.yearOf(m);
            double factor = factors[y];
            for (CostCategory c : categories) {
                if (c.isInvestment()) {
                    double cost = option.monthTotal(m, c) * bias.costFactor();
                    if (cost == 0) continue;
                    investment += cost;
                    investmentPv += cost * factor;
                    monthly[m] -= cost;
                    for (int p = 0; p < partners; p++) cells[p][c.ordinal()][y] -= cost * costShares[p];
                    continue;
                }
                for (int p = 0; p < partners; p++) {
                    double saving = baseline.get(m, p, c) - option.get(m, p, c);
                    // The shortfall cuts benefits; a disbenefit (a cost the option raises) is not shrunk by it.
                    if (saving > 0) saving *= bias.benefitFactor();
                    if (saving == 0) continue;
                    cells[p][c.ordinal()][y] += saving;
                    monthly[m] += saving;
                    benefitsPv += saving * factor;
                    partnerSavingPv[p] += saving * factor;
                    if (cashable.contains(c)) cashableSaving += saving;
                    else nonCashableSaving += saving;
                }
            }
        }
        double[] partnerNet = new double[partners];
        for (int p = 0; p < partners; p++) partnerNet[p] = partnerSavingPv[p] - costShares[p] * investmentPv;
        double[] cumulative = CashFlowMetrics.cumulative(monthly);
        double[] discounted = CashFlowMetrics.discountedCumulative(monthly, years, factors);
        return new OptionAppraisal(monthly, benefitsPv - investmentPv, benefitsPv, investmentPv, investment,
                investmentPv > 0 ? benefitsPv / investmentPv : 0,
                investmentPv > 0 ? (benefitsPv - investmentPv) / investmentPv : 0,
                boxed(CashFlowMetrics.paybackMonth(cumulative)), boxed(CashFlowMetrics.paybackMonth(discounted)),
                CashFlowMetrics.peakFunding(cumulative), cashableSaving, nonCashableSaving, cells, partnerSavingPv,
                partnerNet, costShares);
    }

    private static Integer boxed(OptionalInt month) {
        return month.isPresent() ? month.getAsInt() : null;
    }

    public int months() {
        return monthlyNet.length;
    }

    public int partners() {
        return costShares.length;
    }

    /** Appraisal (financial) years covered by {@link #cell}. */
    public int years() {
        return cells.length == 0 || cells[0].length == 0 ? 0 : cells[0][0].length;
    }

    public double monthlyNet(int month) {
        return monthlyNet[month];
    }

    public double cell(int partner, CostCategory category, int year) {
        return cells[partner][category.ordinal()][year];
    }

    public double partnerSavingPv(int partner) {
        return partnerSavingPv[partner];
    }

    public double partnerNetNpv(int partner) {
        return partnerNetNpv[partner];
    }

    public double costShare(int partner) {
        return costShares[partner];
    }

    @Override
    public double[] monthlyNet() {
        return monthlyNet.clone();
    }

    @Override
    public double[][][] cells() {
        return deepCopy(cells);
    }

    @Override
    public double[] partnerSavingPv() {
        return partnerSavingPv.clone();
    }

    @Override
    public double[] partnerNetNpv() {
        return partnerNetNpv.clone();
    }

    @Override
    public double[] costShares() {
        return costShares.clone();
    }

    private static double[][][] deepCopy(double[][][] cells) {
        double[][][] copy = new double[cells.length][][];
        for (int p = 0; p < cells.length; p++) {
            copy[p] = new double[cells[p].length][];
            for (int c = 0; c < cells[p].length; c++) copy[p][c] = cells[p][c].clone();
        }
        return copy;
    }

    /** Equal when every amount is: arrays compared by content, not identity. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OptionAppraisal o && Arrays.equals(monthlyNet, o.monthlyNet)
                && Double.compare(npv, o.npv) == 0 && Double.compare(benefitsPv, o.benefitsPv) == 0
                && Double.compare(investmentPv, o.investmentPv) == 0 && Double.compare(investment, o.investment) == 0
                && Double.compare(benefitCostRatio, o.benefitCostRatio) == 0 && Double.compare(roi, o.roi) == 0
                && Objects.equals(paybackMonth, o.paybackMonth)
                && Objects.equals(discountedPaybackMonth, o.discountedPaybackMonth)
                && Double.compare(peakFunding, o.peakFunding) == 0
                && Double.compare(cashableSaving, o.cashableSaving) == 0
                && Double.compare(nonCashableSaving, o.nonCashableSaving) == 0 && Arrays.deepEquals(cells, o.cells)
                && Arrays.equals(partnerSavingPv, o.partnerSavingPv) && Arrays.equals(partnerNetNpv, o.partnerNetNpv)
                && Arrays.equals(costShares, o.costShares);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(npv) + Arrays.hashCode(monthlyNet);
    }

    @Override
    public String toString() {
        return "OptionAppraisal[npv=" + npv + ", investment=" + investment + ", paybackMonth=" + paybackMonth + "]";
    }
}
