package org.onepool.model.optimise.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onepool.model.experiment.BudgetSplitExperiment;
import org.onepool.model.experiment.BudgetSplitSettings;
import org.onepool.model.experiment.Progress;
import org.onepool.model.scenario.BudgetSplit;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The optimiser against the exact optimum of the surface it maximises: a surface fitted by the budget
 * split itself (the small test scenario, two levers over two partners and two years; GBP 150k in 15
 * tranches, at most 10 a year), solved exactly by CP-SAT ({@link ExactBudgetSplit}), which is checked in
 * turn against enumeration of every plan, as is the branch and bound that proves the bundled surface's
 * optimum ({@link BudgetBranchAndBound}).
 */
class BudgetSplitExactTest {
    private static ResponseSurface surface;
    private static ExactBudgetSplit.Result exact;

    @BeforeAll
    static void fit() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("src/test/resources/scenarios/budget-small.yaml"));
        BudgetSplit split = new BudgetSplit(scenario.budgetSplit().option(), 150_000.0, 2, 10_000.0, 100_000.0, null);
        surface = BudgetSplitExperiment.fittedSurface(scenario,
                new BudgetSplitSettings(split, BudgetObjective.MEAN, 5, 1, 4, 0, 0), Progress.NONE);
        exact = ExactBudgetSplit.solve(surface, 30);
    }

    @Test
    void theExactProgramAgreesWithEnumerationOfEveryPlan() {
        PlanValue value = new PlanValue(surface.features().problem(), surface::mean);
        BudgetPlan enumerated = ExhaustiveBudget.solve(value);
        assertThat(exact.proven()).isTrue();
        assertThat(exact.roundingGbp()).as("what the program's scaling can change, GBP").isLessThan(100);
        assertThat(BudgetScore.of(exact.plan(), value).hardScore()).isZero();
        assertThat(exact.gainGbp()).isCloseTo(surface.mean(enumerated) - surface.mean(BudgetPlan.empty(value.problem())),
                within(2 * exact.roundingGbp() + 1e-6));
    }

    @Test
    void theBranchAndBoundProvesTheOptimumThatEnumerationFinds() {
        PlanValue value = new PlanValue(surface.features().problem(), surface::mean);
        BudgetPlan enumerated = ExhaustiveBudget.solve(value);
        double empty = surface.mean(BudgetPlan.empty(value.problem()));
        // Started from spending nothing, so the optimum must be found, not handed over.
        BudgetBranchAndBound.Result result = new BudgetBranchAndBound(surface).solve(BudgetPlan.empty(value.problem()), 1,
                100_000);
        assertThat(result.closed()).isTrue();
        assertThat(BudgetScore.of(result.plan(), value).hardScore()).isZero();
        assertThat(result.gainGbp()).isCloseTo(surface.mean(result.plan()) - empty, within(1e-3));
        assertThat(result.gainGbp()).isCloseTo(surface.mean(enumerated) - empty, within(1.0));
        assertThat(result.boundGbp()).isBetween(result.gainGbp(), result.gainGbp() + 1 + 1e-6);
    }

    @Test
    void theOptimiserReachesTheExactOptimumOfAFittedSurface() {
        PlanValue value = new PlanValue(surface.features().problem(), surface::mean);
        BudgetOptimiser.Result found = new BudgetOptimiser(5).solve(value);
        assertThat(found.score().hardScore()).isZero();
        double gain = surface.mean(found.plan()) - surface.mean(BudgetPlan.empty(value.problem()));
        assertThat(exact.gainGbp() - gain).as("gap to the exact optimum, GBP").isLessThanOrEqualTo(2 * exact.roundingGbp() + 1);
    }
}
