package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CashFlowMetricsTest {

    @Test
    void paybackIsTheFirstMonthFromWhichTheCumulativeNeverDipsAgain() {
        // Cumulative: -100, -50, 10, 30, -20, 5, 40: positive at month 2, dips at 4, positive for good from 5.
        double[] flows = {-100, 50, 60, 20, -50, 25, 35};
        double[] cumulative = CashFlowMetrics.cumulative(flows);
        assertThat(cumulative).containsExactly(-100, -50, 10, 30, -20, 5, 40);
        assertThat(CashFlowMetrics.paybackMonth(cumulative)).hasValue(5);
        assertThat(CashFlowMetrics.peakFunding(cumulative)).isEqualTo(100);
    }

    @Test
    void aFlowThatEndsBelowZeroNeverPaysBack() {
        double[] cumulative = CashFlowMetrics.cumulative(new double[] {-100, 30, 30, 30});
        assertThat(CashFlowMetrics.paybackMonth(cumulative)).isEmpty();
        assertThat(CashFlowMetrics.peakFunding(cumulative)).isEqualTo(100);
    }

    @Test
    void aFlowThatNeverDipsPaysBackAtOnceAndNeedsNoFunding() {
        double[] cumulative = CashFlowMetrics.cumulative(new double[] {10, 0, 5});
        assertThat(CashFlowMetrics.paybackMonth(cumulative)).hasValue(0);
        assertThat(CashFlowMetrics.peakFunding(cumulative)).isZero();
    }

    @Test
    void discountingDelaysPaybackAndNpvDiscountsByFinancialYear() {
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 36);
        double[] factors = new DiscountRates(DiscountRates.GREEN_BOOK).factors(3);
        double[] flows = new double[36];
        flows[0] = -2300;
        for (int m = 1; m < 36; m++) flows[m] = 70;
        // 11 x 70 - 2300 in year 0, 12 x 70 in years 1 and 2.
        double expected = (-2300 + 11 * 70) + 840 / 1.035 + 840 / (1.035 * 1.035);
        assertThat(CashFlowMetrics.npv(flows, years, factors)).isCloseTo(expected, within(1e-9));
        int simple = CashFlowMetrics.paybackMonth(CashFlowMetrics.cumulative(flows)).orElseThrow();
        int discounted = CashFlowMetrics.paybackMonth(CashFlowMetrics.discountedCumulative(flows, years, factors))
                .orElseThrow();
        assertThat(simple).isEqualTo(33);
        assertThat(discounted).isGreaterThan(simple);
    }
}
