package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;

/** The economic and the financial case read from the same ledgers, against hand figures. */
class CaseViewsTest {
    private static final EnumSet<CostCategory> NONE = EnumSet.noneOf(CostCategory.class);

    @Test
    void aTransferBetweenTwoPartnersNetsToZeroInTheEconomicCaseAndIsACostAndAnIncomeInTheFinancialCase() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 12);
        Ledger base = new Ledger(12, 2);
        Ledger option = new Ledger(12, 2);
        for (int m = 0; m < 12; m++) option.transfer(m, 0, 1, 2_500);
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {0.5, 0.5}, new OptionAppraisal.Bias(0, 0, 0),
                years, new double[] {1}, CaseSettings.plain(1, NONE));
        assertThat(a.npv()).isZero();
        assertThat(a.benefitsPv()).isZero();
        assertThat(a.financial().net(0, 0)).isEqualTo(-30_000);
        assertThat(a.financial().net(1, 0)).isEqualTo(30_000);
        assertThat(a.financial().totalNet()).isZero();
        assertThat(a.financial().fundingGap(0, 0)).isEqualTo(30_000);
        assertThat(a.financial().fundingGap(1, 0)).isZero();
    }

    /**
     * A payment to staff is a transfer: no resource cost (the NPSV is 0), but public money paid out, so the
     * Green Book BCR counts it in the net public cost and, as the staff's gain, in the social benefits.
     */
    @Test
    void paymentsToStaffAreCashToThePartnersButNotAResourceCostInTheEconomicCase() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 12);
        Ledger base = new Ledger(12, 1);
        Ledger option = new Ledger(12, 1);
        option.add(3, 0, CostCategory.PAYMENTS_TO_STAFF, 2_000);
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {1}, new OptionAppraisal.Bias(0.41, 0, 0),
                years, new double[] {1}, CaseSettings.plain(1, NONE));
        assertThat(a.npv()).isZero();
        assertThat(a.financial().net(0, 0)).isEqualTo(-2_000);
        assertThat(a.netPublicCostPv()).isEqualTo(2_000);
        assertThat(a.socialBenefitsPv()).isEqualTo(2_000);
    }

    /**
     * A cost-only option starting mid-year (October 2027, so year 0 has six months), set-up £10,000 in
     * month 0 and running £1,200 a year from then, at base-year prices; optimism bias 50% on set-up
     * mitigated by 20% (x1.4) and 41% on running mitigated by half (x1.205); Green Book 3.5%; price
     * inflation 3% in the second financial year and 2% in the third. Economic NPV by hand:
     * -(14,000 + 100 x 1.205 x (6 + 12/1.035 + 6/1.035^2)); financial cash (no optimism bias, nominal):
     * -(10,000 + 100 x (6 + 12 x 1.03 + 6 x 1.03 x 1.02)).
     */
    @Test
    void aCostOnlyOptionStartingMidYearMatchesTheHandFiguresToThePennyInBothCases() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 10), 24);
        assertThat(years.years()).isEqualTo(3);
        Ledger base = new Ledger(24, 1);
        Ledger option = new Ledger(24, 1);
        option.add(0, 0, CostCategory.INTERVENTION_SETUP, 10_000);
        for (int m = 0; m < 24; m++) option.add(m, 0, CostCategory.INTERVENTION_RUNNING, 100);
        double[] factors = new DiscountRates(DiscountRates.GREEN_BOOK).factors(3);
        CaseSettings cases = CaseSettings.of(NONE, true, 0, 2027, 2027, 3, fy -> 0,
                fy -> fy == 2028 ? 0.03 : fy == 2029 ? 0.02 : 0);
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {1},
                new OptionAppraisal.Bias(0.5, 0.2, 0.41, 0.5, 0), years, factors, cases);
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal d = new BigDecimal("1.035");
        BigDecimal months = new BigDecimal(6).add(new BigDecimal(12).divide(d, mc)).add(new BigDecimal(6).divide(d.pow(2), mc));
        BigDecimal economic = new BigDecimal(14_000).add(new BigDecimal("120.5").multiply(months)).negate();
        assertThat(a.npv()).isCloseTo(economic.doubleValue(), within(0.005));
        BigDecimal nominal = new BigDecimal(10_000).add(new BigDecimal(100).multiply(new BigDecimal(6)
                .add(new BigDecimal("12.36")).add(new BigDecimal(6).multiply(new BigDecimal("1.0506"))))).negate();
        assertThat(a.financial().totalNet()).isCloseTo(nominal.doubleValue(), within(0.005));
        assertThat(a.financial().net(0, 2)).isCloseTo(-630.36, within(0.005));
        assertThat(a.financial().peakFunding()).isCloseTo(-nominal.doubleValue(), within(0.005));
        assertThat(a.financial().paybackMonth()).isNull();
    }

    /**
     * Two streams, one a benefit and one a disbenefit over the horizon, each noisy month to month. The
     * shortfall cuts the benefit stream as a whole (its negative months too) and leaves the disbenefit whole.
     */
    @Test
    void theBenefitsShortfallCutsEachBenefitStreamAsAWholeNotThePositiveCellsOfANoisyMonth() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 12);
        Ledger base = new Ledger(12, 1);
        Ledger option = new Ledger(12, 1);
        for (int m = 0; m < 12; m++) {
            // Advertising saves 300 in even months and costs 100 more in odd ones: a benefit of 1,200 a year.
            base.add(m, 0, CostCategory.ADVERTISING, 1_000);
            option.add(m, 0, CostCategory.ADVERTISING, m % 2 == 0 ? 700 : 1_100);
            // Checks cost 50 more in even months and save 10 in odd ones: a disbenefit of 240.
            base.add(m, 0, CostCategory.CHECKS, 100);
            option.add(m, 0, CostCategory.CHECKS, m % 2 == 0 ? 150 : 90);
        }
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {1}, new OptionAppraisal.Bias(0, 0, 0.25),
                years, new double[] {1}, CaseSettings.plain(1, NONE));
        assertThat(a.cell(0, CostCategory.ADVERTISING, 0)).isCloseTo(1_200 * 0.75, within(1e-9));
        assertThat(a.cell(0, CostCategory.CHECKS, 0)).isCloseTo(-240, within(1e-9));
        assertThat(a.npv()).isCloseTo(900 - 240, within(1e-9));
    }

    /**
     * Green Book BCR on the net public cost: costs 1,000; cash saved 400 (agency premium, a budget line);
     * staff time freed 900 (not cash). BCR = 900 / (1,000 - 400) = 1.5; NPSV = 1,300 - 1,000 = 300.
     * With cash savings above the costs there is no net public cost and the BCR is undefined.
     */
    @Test
    void theBenefitCostRatioIsSocialBenefitsOverTheNetCostToPublicBudgets() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 12);
        Ledger base = new Ledger(12, 1);
        Ledger option = new Ledger(12, 1);
        option.add(0, 0, CostCategory.INTERVENTION_SETUP, 1_000);
        base.add(5, 0, CostCategory.AGENCY_PREMIUM, 400);
        base.add(5, 0, CostCategory.RECRUITMENT_ADMIN, 900);
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {1}, new OptionAppraisal.Bias(0, 0, 0),
                years, new double[] {1}, CaseSettings.plain(1, NONE));
        assertThat(a.benefitCostRatio()).isCloseTo(1.5, within(1e-12));
        assertThat(a.npv()).isCloseTo(300, within(1e-9));
        // Staff time counts as cash only where posts are removed: named as cashable, it joins the denominator.
        OptionAppraisal removed = OptionAppraisal.of(base, option, new double[] {1}, new OptionAppraisal.Bias(0, 0, 0),
                years, new double[] {1}, CaseSettings.plain(1, EnumSet.of(CostCategory.RECRUITMENT_ADMIN)));
        assertThat(removed.benefitCostRatio()).isNaN();
        assertThat(removed.npv()).isCloseTo(300, within(1e-9));
        assertThat(removed.financial().totalNet()).isCloseTo(300, within(1e-9));
        assertThat(a.financial().totalNet()).isCloseTo(-600, within(1e-9));
    }

    /**
     * Filling for a month a post that stood empty and uncovered (pay £3,250 a month, service lost £1,250 a
     * month, so -£2,000 net of pay): the NPSV is -£2,000; the social benefit is the service restored, £1,250
     * gross; the net public cost is the pay, £3,250; BCR 1,250 / 3,250.
     */
    @Test
    void aFilledPostsPayIsAPublicCostAndTheServiceItRestoresTheBenefitGross() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 12);
        Ledger base = new Ledger(12, 1);
        Ledger option = new Ledger(12, 1);
        base.add(0, 0, CostCategory.UNFILLED_POSTS, 1_250 - 3_250);
        base.add(0, 0, CostCategory.VACANT_POST_PAY, 3_250);
        option.add(0, 0, CostCategory.PAY_IN_POST, 3_250);
        OptionAppraisal a = OptionAppraisal.of(base, option, new double[] {1}, new OptionAppraisal.Bias(0, 0, 0),
                years, new double[] {1}, CaseSettings.plain(1, NONE));
        assertThat(a.npv()).isCloseTo(-2_000, within(1e-9));
        assertThat(a.socialBenefitsPv()).isCloseTo(1_250, within(1e-9));
        assertThat(a.netPublicCostPv()).isCloseTo(3_250, within(1e-9));
        assertThat(a.benefitCostRatio()).isCloseTo(1_250.0 / 3_250, within(1e-12));
        assertThat(a.financial().totalNet()).isCloseTo(-3_250, within(1e-9));
    }
}
