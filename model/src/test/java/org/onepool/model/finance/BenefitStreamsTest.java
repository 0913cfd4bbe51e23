package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;

/**
 * The benefits shortfall takes shortfall x the expected value of each benefit stream, not a share of the
 * replications (or months) where a noisy stream happens to be positive. Replications priced by hand, one
 * partner, one year, no discounting, shortfall 30%.
 */
class BenefitStreamsTest {
    private static final FinancialYears YEARS = new FinancialYears(YearMonth.of(2027, 4), 12);
    private static final double[] FACTORS = {1};
    private static final CaseSettings CASES = CaseSettings.plain(1, EnumSet.noneOf(CostCategory.class));
    private static final OptionAppraisal.Bias SHORTFALL = new OptionAppraisal.Bias(0, 0, 0.3);
    private static final OptionAppraisal.Bias NO_BIAS = new OptionAppraisal.Bias(0, 0, 0);

    /** A replication where the option saves {@code advertising} and {@code checks} (negative: costs more). */
    private static Ledger[] replication(double advertising, double checks) {
        Ledger base = new Ledger(12, 1);
        Ledger option = new Ledger(12, 1);
        base.add(2, 0, CostCategory.ADVERTISING, 5_000);
        option.add(2, 0, CostCategory.ADVERTISING, 5_000 - advertising);
        base.add(7, 0, CostCategory.CHECKS, 5_000);
        option.add(7, 0, CostCategory.CHECKS, 5_000 - checks);
        return new Ledger[] {base, option};
    }

    /** Mean NPV over the replications, with the benefit streams decided over all of them. */
    private static double meanNpv(Ledger[][] runs, OptionAppraisal.Bias bias) {
        BenefitStreams streams = new BenefitStreams();
        for (Ledger[] l : runs) streams.add(l[0], l[1], YEARS, FACTORS, CASES);
        Set<CostCategory> benefits = streams.benefits();
        double sum = 0;
        for (Ledger[] l : runs) {
            sum += OptionAppraisal.of(l[0], l[1], new double[] {1}, bias, YEARS, FACTORS, CASES, benefits, -1).npv();
        }
        return sum / runs.length;
    }

    /**
     * Advertising saves +1,000 or -1,000 in turn (mean 0, large noise): it loses nothing to the shortfall.
     * Deciding per replication instead would cut the +1,000 runs only: a mean loss of 0.3 x 1,000 / 2 = 150.
     */
    @Test
    void aStreamWithZeroMeanAndLargeNoiseLosesNothing() {
        Ledger[][] runs = {replication(1_000, 0), replication(-1_000, 0), replication(1_000, 0), replication(-1_000, 0)};
        assertThat(meanNpv(runs, SHORTFALL)).isCloseTo(meanNpv(runs, NO_BIAS), within(1e-9))
                .isCloseTo(0, within(1e-9));
        double perReplication = 0;
        for (Ledger[] l : runs) {
            perReplication += OptionAppraisal.of(l[0], l[1], new double[] {1}, SHORTFALL, YEARS, FACTORS, CASES).npv();
        }
        assertThat(perReplication / runs.length).isCloseTo(-150, within(1e-9));
    }

    /**
     * Advertising saves 1,200 or -800 (mean 200): the shortfall takes 0.3 x 200 = 60 on average, its
     * negative replications scaled too. Checks cost 300 more in every run (a disbenefit): never cut.
     */
    @Test
    void aBenefitStreamLosesTheShortfallOfItsExpectedValueAndADisbenefitNothing() {
        Ledger[][] runs = {replication(1_200, -300), replication(-800, -300)};
        assertThat(meanNpv(runs, NO_BIAS)).isCloseTo(200 - 300, within(1e-9));
        assertThat(meanNpv(runs, SHORTFALL)).isCloseTo(200 * 0.7 - 300, within(1e-9));
        BenefitStreams streams = new BenefitStreams();
        for (Ledger[] l : runs) streams.add(l[0], l[1], YEARS, FACTORS, CASES);
        assertThat(streams.benefits()).containsExactly(CostCategory.ADVERTISING);
        assertThat(streams.replications()).isEqualTo(2);
        // The replication where advertising cost 800 more: scaled to -560, not left at -800.
        OptionAppraisal second = OptionAppraisal.of(runs[1][0], runs[1][1], new double[] {1}, SHORTFALL, YEARS,
                FACTORS, CASES, streams.benefits(), -1);
        assertThat(second.cell(0, CostCategory.ADVERTISING, 0)).isCloseTo(-560, within(1e-9));
        assertThat(second.cell(0, CostCategory.CHECKS, 0)).isCloseTo(-300, within(1e-9));
    }
}
