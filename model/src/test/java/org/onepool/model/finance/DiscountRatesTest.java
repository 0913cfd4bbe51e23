package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.DiscountBand;

class DiscountRatesTest {
    private final DiscountRates greenBook = new DiscountRates(DiscountRates.GREEN_BOOK);

    @Test
    void greenBookFactorsMatchThePublishedTableToFourDecimals() {
        double[] published = {0.9662, 0.9335, 0.9019, 0.8714, 0.8420, 0.8135, 0.7860, 0.7594, 0.7337, 0.7089};
        double sum = 0;
        for (int t = 1; t <= 10; t++) {
            assertThat(greenBook.factor(t)).as("year %d", t).isCloseTo(published[t - 1], within(0.00005));
            sum += greenBook.factor(t);
        }
        assertThat(sum).isCloseTo(8.3166, within(0.0001));
        assertThat(greenBook.factor(0)).isEqualTo(1.0);
    }

    @Test
    void theScheduleDeclinesAfterThirtyYearsAndCompounds() {
        assertThat(greenBook.rate(30)).isEqualTo(0.035);
        assertThat(greenBook.rate(31)).isEqualTo(0.030);
        assertThat(greenBook.factor(31)).isCloseTo(1 / (Math.pow(1.035, 30) * 1.03), within(1e-12));
        assertThat(greenBook.factor(40)).isCloseTo(1 / (Math.pow(1.035, 30) * Math.pow(1.03, 10)), within(1e-12));
        assertThat(new DiscountRates(DiscountRates.GREEN_BOOK_HEALTH).factor(10))
                .isCloseTo(1 / Math.pow(1.015, 10), within(1e-12));
        assertThat(greenBook.factors(12)[11]).isCloseTo(greenBook.factor(11), within(1e-15));
    }

    @Test
    void aCustomScheduleIsAppliedBandByBand() {
        DiscountRates custom = new DiscountRates(List.of(new DiscountBand(0, 0.05), new DiscountBand(3, 0.0)));
        assertThat(List.of(custom.rateIntoYear(0), custom.rateIntoYear(1), custom.rateIntoYear(2),
                custom.rateIntoYear(3))).containsExactly(0.0, 0.05, 0.05, 0.0);
        assertThat(custom.factor(2)).isCloseTo(1 / 1.05 / 1.05, within(1e-12));
        assertThat(custom.factor(5)).isCloseTo(custom.factor(2), within(1e-12));
    }

    @Test
    void financialYearsRunAprilToMarchFromTheYearContainingTheStart() {
        FinancialYears april = new FinancialYears(YearMonth.of(2027, 4), 120);
        assertThat(april.labelOfMonth(0)).isEqualTo("2027/28");
        assertThat(april.labelOfMonth(11)).isEqualTo("2027/28");
        assertThat(april.labelOfMonth(12)).isEqualTo("2028/29");
        assertThat(april.years()).isEqualTo(10);
        FinancialYears january = new FinancialYears(YearMonth.of(2027, 1), 24);
        assertThat(january.labelOfMonth(0)).isEqualTo("2026/27");
        assertThat(january.labelOfMonth(2)).isEqualTo("2026/27");
        assertThat(january.labelOfMonth(3)).isEqualTo("2027/28");
        assertThat(january.yearOf(3)).isEqualTo(1);
        assertThat(january.years()).isEqualTo(3);
        assertThat(new FinancialYears(YearMonth.of(2099, 4), 12).label(0)).isEqualTo("2099/00");
    }
}
