package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;

/**
 * An exit fee, priced by hand: B (100 of 500 staff) leaves at month 36 paying £10,000, which A (300) and C
 * (100) receive in their headcount shares from then, 3:1; nothing else moves, and the partnership as a whole
 * neither gains nor loses by it.
 */
class ExitFeeTest {
    private static final String WORKFORCE = """
            {jobFamily: admin, headcount: %d, gradeMix: [0.6, 0.4], salaryByGradeGbp: [23000, 28000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}""";

    static Scenario scenario() throws Exception {
        String option = """
                  - id: %s
                    name: Retention, B leaves at month 36
                    withdrawals: [{partner: b, month: 36%s}]
                    interventions:
                      - {type: retention, setupCostGbp: 6000, runningCostGbpPerYear: 24000,
                         effects: {leavingRateReduction: 0.2}}
                """;
        return ScenarioLoader.parse("""
                name: exit fee
                appraisal: {startMonth: 2027-04, horizonYears: 5, seed: 3}
                simulation: {warmUpYears: 1}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 2}
                recruitment: {advertisingGbp: 900, adminGbp: 700, checksGbp: 120, inductionGbp: 250,
                              timeToFillMonths: {triangular: [2, 3, 5]}}
                partners:
                  - {id: a, name: Council A, type: county, workforce: [%s]}
                  - {id: b, name: Council B, type: district, workforce: [%s]}
                  - {id: c, name: Council C, type: district, workforce: [%s]}
                options:
                """.formatted(WORKFORCE.formatted(300), WORKFORCE.formatted(100), WORKFORCE.formatted(100))
                + option.formatted("free", "") + option.formatted("fee", ", exitFeeGbp: 10000"), false);
    }

    @Test
    void theLeaverPaysItsFeeToThePartnersStayingInTheirSharesAndNothingElseMoves() throws Exception {
        Scenario s = scenario();
        AppraisalContext context = new AppraisalContext(s, 5);
        var values = context.sampled(0);
        List<Arm> arms = List.of(Arm.BASELINE, context.arm(s.options().get(0), null), context.arm(s.options().get(1), null));
        context.decideBenefitStreams(arms, 1, 1);
        List<ArmResult> results = context.simulate(0, values, arms);
        OptionAppraisal free = context.appraise(results.get(0), results.get(1), values);
        OptionAppraisal fee = context.appraise(results.get(0), results.get(2), values);
        // The run's own ledger is untouched: the fee is booked by the appraisal, on a copy.
        assertThat(results.get(2).ledger().monthTotal(36, CostCategory.TRANSFERS)).isZero();
        assertThat(results.get(2).ledger().get(36, 1, CostCategory.TRANSFERS)).isZero();

        int transfers = CostCategory.TRANSFERS.ordinal();
        int year = 3; // month 36 opens 2030/31, the fourth financial year
        double[] received = {7500, -10000, 2500};
        for (int p = 0; p < 3; p++) {
            for (int y = 0; y < fee.years(); y++) {
                double expected = y == year ? received[p] : 0;
                // No nominal uprating stated: cash in the year is the fee itself.
                assertThat(fee.financial().cell(p, transfers, y) - free.financial().cell(p, transfers, y))
                        .as("partner %d year %d", p, y).isCloseTo(expected, within(1e-9));
                assertThat(fee.financial().net(p, y) - free.financial().net(p, y)).isCloseTo(expected, within(1e-9));
            }
            // The economic case's per-partner net: the fee discounted to year 3 at 3.5% a year.
            assertThat(fee.partnerNetNpv(p) - free.partnerNetNpv(p)).as("partner %d", p)
                    .isCloseTo(received[p] / Math.pow(1.035, 3), within(1e-6));
        }
        // A transfer between partners: the partnership's NPSV, cash total and costs do not move.
        assertThat(fee.npv()).isEqualTo(free.npv());
        assertThat(fee.financial().totalNet()).isCloseTo(free.financial().totalNet(), within(1e-6));
        assertThat(fee.partnerNetNpv(0) + fee.partnerNetNpv(1) + fee.partnerNetNpv(2))
                .isCloseTo(fee.npv(), within(1e-6 * Math.abs(fee.npv()) + 1e-6));
    }
}
