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

/** Safe to fail: a partner that withdraws at month 36 stops paying its share that month; the other pays all. */
class WithdrawalTest {
    private static final String WORKFORCE = """
            {jobFamily: admin, headcount: %d, gradeMix: [0.6, 0.4], salaryByGradeGbp: [23000, 28000],
             turnover: {tenureBands: [{fromYears: 0, annualRate: 0.2}]}}""";

    static Scenario scenario() throws Exception {
        return scenario("Retention, B leaves at month 36", "[{partner: b, month: 36}]");
    }

    /** Two councils (300 and 100 staff) and a retention option whose partners withdraw as given. */
    private static Scenario scenario(String optionName, String withdrawals) throws Exception {
        return ScenarioLoader.parse("""
                name: withdrawal
                appraisal: {startMonth: 2027-04, horizonYears: 5, seed: 3}
                simulation: {warmUpYears: 1}
                jobFamilies:
                  - {id: admin, name: Business support, marketSalaryGbp: 27000, grades: 2}
                recruitment:
                  advertisingGbp: 900
                  adminGbp: 700
                  checksGbp: 120
                  inductionGbp: 250
                  timeToFillMonths: {triangular: [2, 3, 5]}
                partners:
                  - {id: a, name: Council A, type: county, workforce: [%s]}
                  - {id: b, name: Council B, type: district, workforce: [%s]}
                options:
                  - id: leaves
                    name: %s
                    withdrawals: %s
                    interventions:
                      - {type: retention, setupCostGbp: 6000, runningCostGbpPerYear: 24000,
                         effects: {leavingRateReduction: 0.2}}
                """.formatted(WORKFORCE.formatted(300), WORKFORCE.formatted(100), optionName, withdrawals), false);
    }

    @Test
    void aPartnerLeavingAtMonth36PaysNothingFromThenAndTheOtherPaysTheWhole() throws Exception {
        Scenario s = scenario();
        AppraisalContext context = new AppraisalContext(s, 5);
        var values = context.sampled(0);
        List<Arm> arms = List.of(Arm.BASELINE, context.arm(s.options().get(0), null));
        context.decideBenefitStreams(arms, 1, 1);
        List<ArmResult> results = context.simulate(0, values, arms);
        var ledger = results.get(1).ledger();
        // The simulation's ledger: by headcount while both pay (3:1), all on A from month 36.
        assertThat(ledger.get(35, 1, CostCategory.INTERVENTION_RUNNING)).isCloseTo(500, within(1e-9));
        assertThat(ledger.get(35, 0, CostCategory.INTERVENTION_RUNNING)).isCloseTo(1500, within(1e-9));
        for (int m = 36; m < ledger.months(); m++) {
            assertThat(ledger.get(m, 1, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isZero();
            assertThat(ledger.get(m, 0, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isCloseTo(2000, within(1e-9));
        }
        // The appraisal's split by partner and financial year (month 36 starts the fourth year, 2030/31).
        OptionAppraisal a = context.appraise(results.get(0), results.get(1), values);
        for (int y = 0; y < 3; y++) {
            assertThat(a.cell(1, CostCategory.INTERVENTION_RUNNING, y)).as("year %d", y).isNegative();
            assertThat(a.financial().cell(1, CostCategory.INTERVENTION_RUNNING.ordinal(), y)).as("year %d", y).isNegative();
        }
        for (int y = 3; y < a.years(); y++) {
            assertThat(a.cell(1, CostCategory.INTERVENTION_RUNNING, y)).as("year %d", y).isZero();
            assertThat(a.financial().cell(1, CostCategory.INTERVENTION_RUNNING.ordinal(), y)).as("year %d", y).isZero();
            double whole = a.cell(0, CostCategory.INTERVENTION_RUNNING, y);
            assertThat(whole).isNegative();
        }
        // Every pound of cost is still borne by someone: the partners' net positions add up to the NPSV.
        assertThat(a.partnerNetNpv(0) + a.partnerNetNpv(1)).isCloseTo(a.npv(), within(1e-6 * Math.abs(a.npv()) + 1e-6));
    }
    /** When the last partner leaves, the option is over: it books no running costs from that month. */
    @Test
    void whenEveryPartnerHasLeftTheOptionBooksNoCosts() throws Exception {
        Scenario s = scenario("Retention, B leaves at month 24 and A at month 36",
                "[{partner: b, month: 24, exitFeeGbp: 5000}, {partner: a, month: 36}]");
        AppraisalContext context = new AppraisalContext(s, 5);
        List<Arm> arms = List.of(Arm.BASELINE, context.arm(s.options().get(0), null));
        var ledger = context.simulate(0, context.sampled(0), arms).get(1).ledger();
        assertThat(ledger.get(23, 1, CostCategory.INTERVENTION_RUNNING)).isCloseTo(500, within(1e-9));
        for (int m = 24; m < 36; m++) {
            assertThat(ledger.get(m, 0, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isCloseTo(2000, within(1e-9));
            assertThat(ledger.get(m, 1, CostCategory.INTERVENTION_RUNNING)).as("month %d", m).isZero();
        }
        for (int m = 36; m < ledger.months(); m++) {
            for (int p = 0; p < 2; p++) {
                assertThat(ledger.get(m, p, CostCategory.INTERVENTION_RUNNING)).as("month %d, partner %d", m, p).isZero();
            }
        }
    }
}
