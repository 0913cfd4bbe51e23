package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;

class OptionAppraisalTest {
    private final FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 36);
    private final double[] factors = new DiscountRates(DiscountRates.GREEN_BOOK).factors(3);
    private final OptionAppraisal.Bias noBias = new OptionAppraisal.Bias(0, 0, 0);

    /** A baseline with the same recruitment cost each month, and the option with its own costs on top. */
    private Ledger[] zeroEffectOption() {
        Ledger base = new Ledger(36, 2);
        Ledger option = new Ledger(36, 2);
        for (int m = 0; m < 36; m++) {
            for (int p = 0; p < 2; p++) {
                base.add(m, p, CostCategory.ADVERTISING, 1234.56);
                option.add(m, p, CostCategory.ADVERTISING, 1234.56);
            }
            option.add(m, 0, CostCategory.INTERVENTION_RUNNING, 1000);
        }
        option.add(0, 1, CostCategory.INTERVENTION_SETUP, 50_000);
        return new Ledger[] {base, option};
    }

    @Test
    void anOptionWithNoEffectHasMinusThePresentValueOfItsCostsAsNpvToThePenny() {
        Ledger[] l = zeroEffectOption();
        OptionAppraisal a = OptionAppraisal.of(l[0], l[1], new double[] {0.5, 0.5}, noBias, years, factors,
                EnumSet.of(CostCategory.ADVERTISING));
        double pvCosts = 50_000 + 12 * 1000 * (factors[0] + factors[1] + factors[2]);
        assertThat(a.npv()).isCloseTo(-pvCosts, within(0.005));
        assertThat(a.investmentPv()).isCloseTo(pvCosts, within(0.005));
        assertThat(a.benefitsPv()).isZero();
        assertThat(a.paybackMonth()).isNull();
        assertThat(a.peakFunding()).isCloseTo(50_000 + 36_000, within(1e-6));
    }

    @Test
    void optimismBiasRaisesCostsByBiasTimesOneMinusMitigation() {
        Ledger[] l = zeroEffectOption();
        OptionAppraisal plain = OptionAppraisal.of(l[0], l[1], new double[] {0.5, 0.5}, noBias, years, factors,
                EnumSet.noneOf(CostCategory.class));
        OptionAppraisal biased = OptionAppraisal.of(l[0], l[1], new double[] {0.5, 0.5},
                new OptionAppraisal.Bias(0.41, 0.5, 0), years, factors, EnumSet.noneOf(CostCategory.class));
        assertThat(biased.investment()).isCloseTo(plain.investment() * (1 + 0.41 * 0.5), within(1e-6));
        assertThat(biased.npv()).isCloseTo(plain.npv() * 1.205, within(1e-6));
    }

    @Test
    void theShortfallCutsBenefitsButNotDisbenefits() {
        Ledger base = new Ledger(36, 1);
        Ledger option = new Ledger(36, 1);
        base.add(0, 0, CostCategory.ADVERTISING, 1000);
        option.add(0, 0, CostCategory.INDUCTION, 400);
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {1}, new OptionAppraisal.Bias(0, 0, 0.5), years,
                factors, EnumSet.noneOf(CostCategory.class));
        assertThat(a.benefitsPv()).isCloseTo(1000 * 0.5 - 400, within(1e-9));
    }

    @Test
    void savingsAreCutByTheBenefitsShortfallAndPartnerPositionsAddUpToTheTotal() {
        Ledger base = new Ledger(36, 3);
        Ledger option = new Ledger(36, 3);
        for (int m = 0; m < 36; m++) {
            base.add(m, 0, CostCategory.AGENCY_PREMIUM, 3000);
            option.add(m, 0, CostCategory.AGENCY_PREMIUM, 1000);
            base.add(m, 1, CostCategory.UNFILLED_POSTS, 500);
            option.add(m, 1, CostCategory.UNFILLED_POSTS, 400);
            option.add(m, 2, CostCategory.INTERVENTION_RUNNING, 1500);
        }
        double[] shares = {0.2, 0.3, 0.5};
        OptionAppraisal a = OptionAppraisal.of(base, option, shares, new OptionAppraisal.Bias(0, 0, 0.25), years,
                factors, EnumSet.of(CostCategory.AGENCY_PREMIUM));
        assertThat(a.cashableSaving()).isCloseTo(36 * 2000 * 0.75, within(1e-6));
        assertThat(a.nonCashableSaving()).isCloseTo(36 * 100 * 0.75, within(1e-6));
        double partnerTotal = 0;
        for (double v : a.partnerNetNpv()) partnerTotal += v;
        assertThat(partnerTotal).isCloseTo(a.npv(), within(1e-6));
        double cellTotal = 0;
        for (double[][] partner : a.cells()) for (double[] category : partner) for (double v : category) cellTotal += v;
        double monthTotal = 0;
        for (double v : a.monthlyNet()) monthTotal += v;
        assertThat(cellTotal).isCloseTo(monthTotal, within(1e-6));
        // Partner 2 pays half the costs and saves nothing: it is the one that loses.
        assertThat(a.partnerNetNpv()[2]).isNegative();
        assertThat(a.partnerNetNpv()[0]).isPositive();
    }

    @Test
    void anAppraisalCannotBeChangedThroughTheArraysItWasBuiltFromOrHandsOut() {
        Ledger[] l = zeroEffectOption();
        double[] shares = {0.25, 0.75};
        OptionAppraisal a = OptionAppraisal.of(l[0], l[1], shares, noBias, years, factors,
                EnumSet.noneOf(CostCategory.class));
        double firstMonth = a.monthlyNet(0);
        shares[0] = 9;
        a.costShares()[1] = 9;
        a.monthlyNet()[0] = 1e9;
        a.cells()[1][CostCategory.INTERVENTION_SETUP.ordinal()][0] = 1e9;
        a.partnerNetNpv()[0] = 1e9;
        assertThat(a.costShares()).containsExactly(0.25, 0.75);
        assertThat(a.costShare(1)).isEqualTo(0.75);
        assertThat(a.monthlyNet(0)).isEqualTo(firstMonth).isEqualTo(-51_000);
        // Set-up and the first month's running cost (51,000 in month 0) split 1:3 between the partners.
        assertThat(a.cell(1, CostCategory.INTERVENTION_SETUP, 0)).isEqualTo(-50_000 * 0.75);
        assertThat(a.partnerNetNpv(0)).isEqualTo(-0.25 * a.investmentPv());
        assertThat(a).isEqualTo(OptionAppraisal.of(l[0], l[1], new double[] {0.25, 0.75}, noBias, years, factors,
                EnumSet.noneOf(CostCategory.class)));
    }
}
