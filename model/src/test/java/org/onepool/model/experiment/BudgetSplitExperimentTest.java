package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.BudgetSlot;
import org.onepool.model.optimise.budget.Lever;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;

class BudgetSplitExperimentTest {
    /** The plan's NPV on replications from..to-1, each simulated against business as usual alone. */
    private static double[] npvs(AppraisalContext context, BudgetProblem problem, BudgetPlan plan, int from, int to) {
        Arm arm = new Arm(problem.option(), null, PlanFunding.of(problem, plan, context.years));
        double[] npv = new double[to - from];
        for (int r = from; r < to; r++) npv[r - from] = context.npvs(r, context.sampled(r), List.of(Arm.BASELINE, arm))[0];
        return npv;
    }

    private static Scenario small() throws Exception {
        return ScenarioLoader.load(Path.of("src/test/resources/scenarios/budget-small.yaml"));
    }

    @Test
    void spendingNothingOnAnOptionOfLeversIsBusinessAsUsualExactly() throws Exception {
        Scenario scenario = small();
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        AppraisalContext context = new AppraisalContext(scenario, 11);
        context.decideBenefitStreams(List.of(Arm.BASELINE, context.arm(problem.option(), null)), 1, 1);
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
        }
        // Verified on fresh replications: the recommended plan simulated here, on its own, on the replications
        // after the design's (4 to 11), gives the reported NPVs; on the design's own (0 to 7) it would not.
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        BudgetPlan plan = BudgetPlan.empty(problem);
        List<String> levers = problem.levers().stream().map(Lever::name).toList();
        for (BudgetSplitResult.Allocation a : recommended.allocations()) {
            plan = plan.with(new BudgetSlot(levers.indexOf(a.lever()), problem.partnerIds().indexOf(a.partner()),
                    two.question().yearLabels().indexOf(a.year())), (int) Math.round(a.spendGbp() / problem.trancheGbp()));
        }
        assertThat(plan.totalTranches() * (double) problem.trancheGbp()).isEqualTo(recommended.totalGbp());
        AppraisalContext context = new AppraisalContext(scenario, 5);
        // The benefit streams the experiment decided: the option under the scenario's plan, on its design replications.
        context.decideBenefitStreams(List.of(Arm.BASELINE, context.arm(problem.option(), null)), 4, 1);
        double[] fresh = npvs(context, problem, plan, 4, 12);
        assertThat(recommended.verifiedNpv()).isEqualTo(StatsOf.of(fresh));
        assertThat(recommended.verifiedNpv()).isNotEqualTo(StatsOf.of(npvs(context, problem, plan, 0, 8)));
        assertThat(recommended.surfaceErrorMeanGbp())
                .isCloseTo(recommended.predictedMeanGbp() - Arrays.stream(fresh).average().orElseThrow(), within(1e-6));
        assertThat(two.surface().designPoints()).isGreaterThanOrEqualTo(24);
        assertThat(two.question().yearLabels()).containsExactly("2027/28", "2028/29");
    }
}
