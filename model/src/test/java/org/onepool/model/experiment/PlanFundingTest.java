package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.BudgetSlot;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.LeverFunding;

class PlanFundingTest {

    @Test
    void theSimulationIsChargedExactlyThePlansSpendInItsYears() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("src/test/resources/scenarios/budget-small.yaml"));
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        BudgetPlan plan = BudgetPlan.empty(problem).with(new BudgetSlot(0, 0, 0), 2).with(new BudgetSlot(1, 1, 1), 3);
        FinancialYears years = new FinancialYears(YearMonth.of(2027, 4), 60);
        LeverFunding funding = PlanFunding.of(problem, plan, years);
        double[] byYear = new double[5];
        for (int p = 0; p < 2; p++) for (int m = 0; m < 60; m++) byYear[years.yearOf(m)] += funding.spendGbp(p, m);
        assertThat(byYear).containsExactly(new double[] {20_000, 30_000, 0, 0, 0}, within(1e-6));
        assertThat(funding.funds(0)).isTrue();
        assertThat(funding.strength(0, 0, 0)).isPositive();
        assertThat(funding.strength(0, 1, 0)).isZero();
    }
}
