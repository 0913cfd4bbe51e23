package org.onepool.model.finance;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.onepool.model.scenario.CostCategory;

/**
 * One option appraised against business as usual in one replication: the economic case (the record's own
 * fields) and the financial case ({@link #financial}), both read from the same two ledgers.
 *
 * <p>Economic case (Green Book): real terms at the price base year, discounted by financial year, only the
 * lines that are resource flows ({@link CaseSettings#economic}): the pay bill, the pay-bill memo and
 * transfers (between public bodies, and payments to staff) are left out. Savings are business-as-usual cost
 * minus the option's cost; the benefits shortfall scales each benefit stream (a category over all partners and
 * the horizon whose expected present value is a saving, {@link BenefitStreams}) by (1 - shortfall) as a
 * whole, whatever its sign in this replication: never the positive cells of a noisy month. The
 * option's set-up and running costs are raised by their own optimism-bias uplift
 * ({@code uplift x (1 - mitigation)}) and split among partners by their cost shares.
 *
 * <p>NPSV = PV(benefits) - PV(costs). BCR as the Green Book (2022, paras 5.54 to 5.56) builds it where
 * spending is constrained: PV of the social benefits that are not cash to any budget (staff time freed,
 * service value) divided by the PV of the net cost to public budgets (the option's costs minus the cash
 * savings, the pay of staff in post and agency cover included: filling a post costs its pay). When the cash savings exceed the costs there is no net public cost and the BCR is undefined
 * (NaN): the option pays for itself and the NPSV is the measure.
 *
 * <p>Immutable: the arrays are copied in and the array accessors return copies; readers in a loop use
 * the indexed accessors ({@link #monthlyNet(int)}, {@link #cell}, ...), which copy nothing.
 *
 * @param monthlyNet          economic net saving per month (savings minus option costs), real, undiscounted
 * @param npv                 the NPSV
 * @param benefitCostRatio    the Green Book BCR above, NaN when there is no net public cost
 * @param paybackMonth        on the economic monthly net (the financial case has its own, on cash)
 * @param peakFunding         on the economic monthly net (the financial case has its own, on cash)
 * @param cashableSaving      economic savings on lines the financial case counts, undiscounted
 * @param nonCashableSaving   economic savings on the others (staff time, service value), undiscounted
 * @param cells               economic net saving by [partner][category][financial year], undiscounted
 * @param partnerSavingPv     present value of the savings that fall to each partner
 * @param partnerNetNpv       each partner's savings PV minus its share of the costs' PV, plus what it receives
 *                            from other partners (an exit fee) less what it pays them
 * @param costShares          each partner's share of the option's costs (sums to 1)
 * @param socialBenefitsPv    PV of the savings that are not cash, and of payments to staff as their gain (the
 *                            BCR's numerator)
 * @param netPublicCostPv     PV of the option's costs and payments to staff minus the cash savings (the BCR's
 *                            denominator)
 * @param financial           the financial case
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
        double[] costShares,
        double socialBenefitsPv,
        double netPublicCostPv,
        FinancialCase financial) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OptionAppraisal {
        monthlyNet = monthlyNet.clone();
        cells = deepCopy(cells);
        partnerSavingPv = partnerSavingPv.clone();
        partnerNetNpv = partnerNetNpv.clone();
        costShares = costShares.clone();
    }

    /**
     * Optimism bias as resolved for the replication, by Green Book project category: the set-up (capital)
     * cost and the running (operating) cost each have an uplift and the share of it mitigated.
     */
    public record Bias(double setupUplift, double setupMitigation, double runningUplift, double runningMitigation,
                       double benefitsShortfall) {
        /** One uplift and mitigation for both kinds of cost. */
        public Bias(double costUplift, double mitigation, double benefitsShortfall) {
            this(costUplift, mitigation, costUplift, mitigation, benefitsShortfall);
        }

        public double costFactor(CostCategory category) {
            return category == CostCategory.INTERVENTION_SETUP ? 1 + setupUplift * (1 - setupMitigation)
                    : 1 + runningUplift * (1 - runningMitigation);
        }

        public double benefitFactor() {
            return 1 - benefitsShortfall;
        }
    }

    public static OptionAppraisal of(Ledger baseline, Ledger option, double[] costShares, Bias bias,
                                     FinancialYears years, double[] factors, Set<CostCategory> cashable) {
        return of(baseline, option, costShares, bias, years, factors, CaseSettings.plain(years.years(), cashable));
    }

    /** One appraisal on its own: its benefit streams are decided on this replication alone. */
    public static OptionAppraisal of(Ledger baseline, Ledger option, double[] costShares, Bias bias,
                                     FinancialYears years, double[] factors, CaseSettings cases) {
        return of(baseline, option, costShares, bias, years, factors, cases,
                BenefitStreams.ofOne(baseline, option, years, factors, cases), -1);
    }

    /**
     * @param benefitStreams the categories whose expected saving is positive over the replications
     *                       ({@link BenefitStreams}): the benefits shortfall scales each of them, as a whole,
     *                       in this replication whatever its sign here
     * @param host           the partner hosting the option as a shared service (it pays the option's costs in
     *                       full and recharges the others their shares), or -1 when each pays its share
     */
    public static OptionAppraisal of(Ledger baseline, Ledger option, double[] costShares, Bias bias,
                                     FinancialYears years, double[] factors, CaseSettings cases,
                                     Set<CostCategory> benefitStreams, int host) {
        double[][] byMonth = new double[baseline.months()][];
        java.util.Arrays.fill(byMonth, costShares);
        return of(baseline, option, byMonth, bias, years, factors, cases, benefitStreams, host);
    }

    /**
     * As above with each month's cost shares (a partner that has left an option pays nothing from its month);
     * {@link #costShares} are month 0's.
     */
    public static OptionAppraisal of(Ledger baseline, Ledger option, double[][] sharesByMonth, Bias bias,
                                     FinancialYears years, double[] factors, CaseSettings cases,
                                     Set<CostCategory> benefitStreams, int host) {
        double[] costShares = sharesByMonth[0];
        int months = baseline.months();
        int partners = baseline.partners();
        CostCategory[] categories = CostCategory.values();
        double[][][] cells = new double[partners][categories.length][years.years()];
        double[] monthly = new double[months];
        double[] partnerSavingPv = new double[partners];
        double benefitsPv = 0;
        double publicSavingPv = 0;
        double investmentPv = 0;
        double paymentsToStaffPv = 0;
        double investment = 0;
        double[] partnerInvestmentPv = new double[partners];
        double[] partnerTransferPv = new double[partners];
        double cashableSaving = 0;
        double nonCashableSaving = 0;
        for (int m = 0; m < months; m++) {
            int y = years.yearOf(m);
            double factor = factors[y];
            for (CostCategory c : categories) {
                if (c.isInvestment()) {
                    double cost = option.monthTotal(m, c) * bias.costFactor(c);
                    if (cost == 0) continue;
                    investment += cost;
                    investmentPv += cost * factor;
                    monthly[m] -= cost;
                    for (int p = 0; p < partners; p++) {
                        cells[p][c.ordinal()][y] -= cost * sharesByMonth[m][p];
                        partnerInvestmentPv[p] += cost * factor * sharesByMonth[m][p];
                    }
                    continue;
                }
                if (c == CostCategory.PAYMENTS_TO_STAFF) {
                    // A transfer: no resource cost in the NPSV, but public money paid out (part of the BCR's net
                    // public cost) and a benefit to the staff who receive it (part of its social benefits).
                    double real = cases.realFactor(c, y) * factor;
                    for (int p = 0; p < partners; p++) paymentsToStaffPv += (option.get(m, p, c) - baseline.get(m, p, c)) * real;
                    continue;
                }
                if (c == CostCategory.TRANSFERS) {
                    // Between partners (an exit fee): nothing to the partnership as a whole, so not in the NPSV,
                    // but part of each partner's net position; they sum to zero.
                    double real = cases.realFactor(c, y) * factor;
                    for (int p = 0; p < partners; p++) partnerTransferPv[p] += (baseline.get(m, p, c) - option.get(m, p, c)) * real;
                    continue;
                }
                if (c.treatment() == CostCategory.Treatment.PAY_BILL) {
                    // Pay is a cost to public budgets: not a line of its own in the NPSV (the lost service net
                    // of pay and the agency premium carry it), but part of the BCR's net public cost.
                    double real = cases.realFactor(c, y) * factor;
                    for (int p = 0; p < partners; p++) publicSavingPv += (baseline.get(m, p, c) - option.get(m, p, c)) * real;
                    continue;
                }
                if (!cases.economic(c)) continue;
                double keep = benefitStreams.contains(c) ? bias.benefitFactor() : 1;
                double real = cases.realFactor(c, y) * keep;
                boolean cash = cases.financial(c);
                for (int p = 0; p < partners; p++) {
                    double saving = (baseline.get(m, p, c) - option.get(m, p, c)) * real;
                    if (saving == 0) continue;
                    cells[p][c.ordinal()][y] += saving;
                    monthly[m] += saving;
                    benefitsPv += saving * factor;
                    partnerSavingPv[p] += saving * factor;
                    if (cash) {
                        cashableSaving += saving;
                        publicSavingPv += saving * factor;
                    } else {
                        nonCashableSaving += saving;
                    }
                }
            }
        }
        double[] partnerNet = new double[partners];
        boolean constantShares = java.util.Arrays.stream(sharesByMonth).allMatch(row -> row == costShares);
        for (int p = 0; p < partners; p++) {
            // The same shares every month: the share of the whole PV (the sum month by month rounds differently).
            partnerNet[p] = partnerSavingPv[p] - (constantShares ? costShares[p] * investmentPv : partnerInvestmentPv[p])
                    + partnerTransferPv[p];
        }
        double[] cumulative = CashFlowMetrics.cumulative(monthly);
        double[] discounted = CashFlowMetrics.discountedCumulative(monthly, years, factors);
        // NPSV = social benefits - net public cost, with the pay lines in both: the service a filled post
        // restores is worth its gross value, and its pay is a public cost.
        // Payments to staff sit on both sides (Green Book: a transfer is a cost to the public sector and a
        // benefit to those who receive it), so they leave the NPSV unchanged and pull the BCR towards 1.
        double socialPv = benefitsPv - publicSavingPv + paymentsToStaffPv;
        double netPublicCostPv = investmentPv - publicSavingPv + paymentsToStaffPv;
        return new OptionAppraisal(monthly, benefitsPv - investmentPv, benefitsPv, investmentPv, investment,
                netPublicCostPv > 0 ? socialPv / netPublicCostPv : Double.NaN,
                investmentPv > 0 ? (benefitsPv - investmentPv) / investmentPv : 0,
                boxed(CashFlowMetrics.paybackMonth(cumulative)), boxed(CashFlowMetrics.paybackMonth(discounted)),
                CashFlowMetrics.peakFunding(cumulative), cashableSaving, nonCashableSaving, cells, partnerSavingPv,
                partnerNet, costShares, socialPv, netPublicCostPv,
                financialCase(baseline, option, sharesByMonth, years, cases, host));
    }

    /** True for what the option itself pays: its set-up and running costs and its payments to staff. */
    static boolean optionCost(CostCategory c) {
        return c.isInvestment() || c == CostCategory.PAYMENTS_TO_STAFF;
    }

    /**
     * The financial case (see {@link FinancialCase}): cash lines only, nominal, undiscounted. With a host, the
     * host's budget bears the option's set-up and running costs in full and each other partner pays the host
     * its share as a transfer: every partner's net is its share, as without a host, and the transfers sum to 0.
     */
    static FinancialCase financialCase(Ledger baseline, Ledger option, double[][] sharesByMonth, FinancialYears years,
                                       CaseSettings cases, int host) {
        int months = baseline.months();
        int partners = baseline.partners();
        CostCategory[] categories = CostCategory.values();
        double[][][] cells = new double[partners][categories.length][years.years()];
        double[][] net = new double[partners][years.years()];
        double[][] saving = new double[partners][years.years()];
        double[][] partnerMonthly = new double[partners][months];
        double[] monthly = new double[months];
        for (int m = 0; m < months; m++) {
            int y = years.yearOf(m);
            for (CostCategory c : categories) {
                if (!cases.financial(c)) continue;
                double nominal = cases.nominalFactor(c, y);
                if (optionCost(c)) {
                    double cost = option.monthTotal(m, c) * nominal;
                    if (cost == 0) continue;
                    boolean hosted = host >= 0 && c.isInvestment();
                    int transfers = CostCategory.TRANSFERS.ordinal();
                    for (int p = 0; p < partners; p++) {
                        double share = cost * sharesByMonth[m][p];
                        if (!hosted) {
                            cells[p][c.ordinal()][y] -= share;
                        } else if (p == host) {
                            cells[p][c.ordinal()][y] -= cost;
                            cells[p][transfers][y] += cost - share;
                        } else {
                            cells[p][transfers][y] -= share;
                        }
                        net[p][y] -= share;
                        partnerMonthly[p][m] -= share;
                    }
                    monthly[m] -= cost;
                    continue;
                }
                for (int p = 0; p < partners; p++) {
                    double cash = (baseline.get(m, p, c) - option.get(m, p, c)) * nominal;
                    if (cash == 0) continue;
                    cells[p][c.ordinal()][y] += cash;
                    net[p][y] += cash;
                    saving[p][y] += cash;
                    partnerMonthly[p][m] += cash;
                    monthly[m] += cash;
                }
            }
        }
        double[] cumulative = CashFlowMetrics.cumulative(monthly);
        Integer[] partnerPayback = new Integer[partners];
        double[] partnerPeak = new double[partners];
        for (int p = 0; p < partners; p++) {
            double[] own = CashFlowMetrics.cumulative(partnerMonthly[p]);
            partnerPayback[p] = boxed(CashFlowMetrics.paybackMonth(own));
            partnerPeak[p] = CashFlowMetrics.peakFunding(own);
        }
        return new FinancialCase(cells, net, saving, monthly, boxed(CashFlowMetrics.paybackMonth(cumulative)),
                CashFlowMetrics.peakFunding(cumulative), partnerPayback, partnerPeak);
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

    static double[][][] deepCopy(double[][][] cells) {
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
                && Arrays.equals(costShares, o.costShares)
                && Double.compare(socialBenefitsPv, o.socialBenefitsPv) == 0
                && Double.compare(netPublicCostPv, o.netPublicCostPv) == 0 && Objects.equals(financial, o.financial);
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
