package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.BudgetSlot;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;

class BudgetSplitExperimentTest {
    private static Scenario small() throws Exception {
        return ScenarioLoader.load(Path.of("src/test/resources/scenarios/budget-small.yaml"));
    }

    @Test
    void spendingNothingOnAnOptionOfLeversIsBusinessAsUsualExactly() throws Exception {
        Scenario scenario = small();
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        AppraisalContext context = new AppraisalContext(scenario, 11);
        ScenarioValues values = context.sampled(0);
        BudgetPlan retention = BudgetPlan.empty(problem).with(new BudgetSlot(0, 0, 0), 3).with(new BudgetSlot(0, 1, 0), 3);
        List<ArmResult> results = context.simulate(0, values, List.of(Arm.BASELINE,
                new Arm(problem.option(), null, PlanFunding.of(problem, BudgetPlan.empty(problem), context.years)),
                new Arm(problem.option(), null, PlanFunding.of(problem, retention, context.years))));
        OptionAppraisal nothing = context.appraise(results.get(0), results.get(1), values);
        assertThat(nothing.npv()).isZero();
        assertThat(results.get(1).series().total(Measure.LEAVERS_OTHER)).isEqualTo(results.get(0).series().total(Measure.LEAVERS_OTHER));
        assertThat(results.get(2).series().total(Measure.LEAVERS_OTHER)).isLessThan(results.get(0).series().total(Measure.LEAVERS_OTHER));
    }

    @Test
    void theRecommendedPlanKeepsTheLimitsIsVerifiedAndDoesNotDependOnThreads() throws Exception {
        Scenario scenario = small();
        BudgetSplitSettings settings = new BudgetSplitSettings(scenario.budgetSplit(), BudgetObjective.MEAN, 5, 2, 4, 0, 8);
        BudgetSplitResult two = BudgetSplitExperiment.run(scenario, "budget-small.yaml", "x", settings, Progress.NONE);
        BudgetSplitResult one = BudgetSplitExperiment.run(scenario, "budget-small.yaml", "x",
                new BudgetSplitSettings(scenario.budgetSplit(), BudgetObjective.MEAN, 5, 1, 4, 0, 8), Progress.NONE);
        assertThat(one.plans()).isEqualTo(two.plans());
        assertThat(one.surface()).isEqualTo(two.surface());

        BudgetSplitResult.PlanResult recommended = two.recommendedPlan();
        assertThat(recommended.kind()).isEqualTo("optimised");
        assertThat(recommended.withinLimits()).isTrue();
        assertThat(recommended.totalGbp()).isLessThanOrEqualTo(60_000);
        for (BudgetSplitResult.Amount year : recommended.byYear()) assertThat(year.gbp()).isLessThanOrEqualTo(40_000);
        assertThat(recommended.byLever().get(0).gbp()).isGreaterThanOrEqualTo(10_000);
        assertThat(recommended.byLever().get(1).gbp()).isLessThanOrEqualTo(40_000);
        assertThat(two.plans()).extracting(BudgetSplitResult.PlanResult::id)
                .contains("optimised-mean", "equal-split", "best-single-lever", "scenario-plan");
        for (BudgetSplitResult.PlanResult p : two.plans()) {
            if (p.kind().equals("optimised")) {
                assertThat(p.verifiedNpv().mean()).isLessThanOrEqualTo(recommended.verifiedNpv().mean());
            }
            assertThat(p.surfaceErrorMeanGbp()).isEqualTo(p.predictedMeanGbp() - p.verifiedNpv().mean());
        }
        assertThat(two.surface().designPoints()).isGreaterThanOrEqualTo(24);
        assertThat(two.question().yearLabels()).containsExactly("2027/28", "2028/29");
    }
}
