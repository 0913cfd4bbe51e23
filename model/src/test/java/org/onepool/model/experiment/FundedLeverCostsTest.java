package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.finance.Ledger;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Replication;

/** A funded lever carries its own costs, and an effect bought for N years lasts N years. */
class FundedLeverCostsTest {
    private static final String SCENARIO = """
            name: funded lever
            appraisal: {startMonth: 2027-04, horizonYears: 5, seed: 3}
            simulation: {warmUpYears: 1}
            jobFamilies: [{id: admin, name: Admin, marketSalaryGbp: 26000, grades: 2}]
            recruitment: {advertisingGbp: 600, adminGbp: 500, checksGbp: 100, inductionGbp: 300,
                          timeToFillMonths: {triangular: [1, 2, 4]}}
            training: {genericCostPerHeadGbp: 200, genericDaysPerHead: 1}
            partners:
              - {id: a, name: A, type: county, workforce: [{jobFamily: admin, headcount: 400, gradeMix: [0.7, 0.3],
                 salaryByGradeGbp: [24000, 30000], turnover: {tenureBands: [{fromYears: 0, annualRate: 0.15}]}}]}
            options:
              - id: learning
                name: Joint learning, funded for two years
                interventions:
                  - type: jointLearning
                    setupCostGbp: 5000
                    runningCostGbpPerYear: %s
                    effects: {trainingCostReduction: 0.4}
                    doseResponse: {halfEffectGbpPerHead: 20, plannedSpendGbp: 40000%s}
            budgetSplit: {option: learning, budgetGbp: 40000, years: 2}
            """;

    private static Scenario scenario(String running, String dose) throws Exception {
        return ScenarioLoader.parse(SCENARIO.formatted(running, dose), false);
    }

    private static List<ArmResult> run(Scenario s) {
        Option option = s.option("learning").orElseThrow();
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 60);
        Arm funded = new Arm(option, null, PlanFunding.scenarioPlan(s, option, years));
        return Replication.run(s, ScenarioValues.central(), 9, List.of(Arm.BASELINE, funded));
    }

    @Test
    void anEffectBoughtForTwoYearsGivesExactlyZeroSavingFromThenOnOnCommonRandomNumbers() throws Exception {
        List<ArmResult> r = run(scenario("0", ""));
        Ledger base = r.get(0).ledger();
        Ledger lever = r.get(1).ledger();
        double trainingSaved = 0;
        for (int m = 0; m < 24; m++) trainingSaved += base.get(m, 0, CostCategory.TRAINING) - lever.get(m, 0, CostCategory.TRAINING);
        assertThat(trainingSaved).isPositive();
        for (int m = 24; m < base.months(); m++) {
            for (CostCategory c : CostCategory.values()) {
                assertThat(lever.get(m, 0, c)).as("%s month %d", c, m).isEqualTo(base.get(m, 0, c));
            }
        }
        assertThat(r.get(1).series().toArray()).isEqualTo(r.get(0).series().toArray());
    }

    /**
     * A training-cost cut changes no one's career, so on common random numbers the saving each month is the
     * baseline's training cost times the cut times the effect reached: its ratio to the baseline's cost is
     * the effect. With a one-year half-life, the year after the two funded years keeps half the second
     * year's effect and the next a quarter; with a half-life of zero it ends at once.
     */
    @Test
    void anEffectWithAHalfLifeFadesByHalfEachHalfLifeAfterFundingEndsOnCommonRandomNumbers() throws Exception {
        List<ArmResult> r = run(scenario("0", ", effectHalfLifeYears: 1, effectHalfLifeSource: test fixture"));
        double[] saved = new double[5];
        for (int y = 0; y < 5; y++) {
            double base = training(r.get(0).ledger(), y);
            assertThat(base).as("baseline training in year %d", y).isPositive();
            saved[y] = (base - training(r.get(1).ledger(), y)) / base;
        }
        assertThat(saved[1]).isPositive();
        assertThat(saved[2]).isCloseTo(saved[1] / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(saved[3]).isCloseTo(saved[1] / 4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(saved[4]).isCloseTo(saved[1] / 8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.get(1).series().toArray()).isEqualTo(r.get(0).series().toArray());
        List<ArmResult> none = run(scenario("0", ", effectHalfLifeYears: 0"));
        assertThat(training(none.get(1).ledger(), 2)).isEqualTo(training(none.get(0).ledger(), 2));
    }

    @Test
    void aHalfLifeNeedsItsSource() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> scenario("0", ", effectHalfLifeYears: 2")))
                .hasMessageContaining("options[0].interventions[0].doseResponse.effectHalfLifeSource");
    }

    private static double training(Ledger ledger, int year) {
        double sum = 0;
        for (int m = 12 * year; m < 12 * year + 12; m++) sum += ledger.get(m, 0, CostCategory.TRAINING);
        return sum;
    }

    @Test
    void theLeversOwnSetUpAndRunningCostsAreBookedUnlessTheSpendCoversThem() throws Exception {
        double booked = investment(run(scenario("12000", ", afterBudgetPeriod: closes")).get(1).ledger(), 0, 24);
        double after = investment(run(scenario("12000", ", afterBudgetPeriod: closes")).get(1).ledger(), 24, 60);
        double covered = investment(run(scenario("12000",
                ", spendCovers: setupAndRunningCosts, afterBudgetPeriod: closes")).get(1).ledger(), 0, 60);
        double funded = investment(run(scenario("12000", ", afterBudgetPeriod: partnersFund")).get(1).ledger(), 24, 60);
        // The plan's own spend (40,000) is booked in every case.
        assertThat(booked).isCloseTo(40_000 + 5_000 + 24_000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(after).isZero();
        assertThat(covered).isCloseTo(40_000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(funded).isCloseTo(36_000, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aLeverWithRunningCostsMustSayWhoPaysThemAfterTheBudgetPeriod() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> scenario("12000", "")))
                .hasMessageContaining("options[0].interventions[0].doseResponse.afterBudgetPeriod")
                .hasMessageContaining("partnersFund");
    }

    private static double investment(Ledger ledger, int from, int to) {
        double sum = 0;
        for (int m = from; m < to; m++) {
            for (CostCategory c : CostCategory.values()) if (c.isInvestment()) sum += ledger.get(m, 0, c);
        }
        return sum;
    }
}
