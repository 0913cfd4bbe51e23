package org.onepool.model.finance;

import java.io.Serializable;
import java.util.OptionalInt;
import java.util.Set;
import org.onepool.model.scenario.CostCategory;

/**
 * One option appraised against business as usual in one replication. Savings are business-as-usual
 * cost minus the option's cost in every category but the option's own set-up and running costs; positive
 * savings are cut by the benefits shortfall. The option's costs are raised by the optimism-bias uplift
 * (bias x (1 - mitigation)) and split among partners by their cost shares.
 *
 * @param monthlyNet          net saving per month (savings minus option costs)
 * @param cells               net saving by [partner][category][financial year], undiscounted
 * @param partnerSavingPv     present value of the savings that fall to each partner
 * @param partnerNetNpv       each partner's savings PV minus its share of the costs' PV
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
        double[] partnerNetNpv) implements Serializable {
    private static final long serialVersionUID = 1L;

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
                partnerNet);
    }

    private static Integer boxed(OptionalInt month) {
        return month.isPresent() ? month.getAsInt() : null;
    }
}
