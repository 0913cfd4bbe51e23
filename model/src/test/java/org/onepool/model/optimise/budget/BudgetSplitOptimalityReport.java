package org.onepool.model.optimise.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.onepool.model.experiment.BundledSurface;

/**
 * The figures in docs/budget-split.md and benchmarks/README.md: on the surface `onepool optimise
 * scenarios/one-oxfordshire.yaml` fits (its defaults: 16 design replications, the scenario's seed), the
 * optimiser's plan for the expected NPV against the exact optimum of the same program, proven by
 * {@link BudgetBranchAndBound}. Slow (the design is simulated on the full scenario), so tagged and run on
 * request: {@code ./mvnw -pl model test -Dsurefire.excludedGroups=none -Dgroups=slow
 * -Dtest=BudgetSplitOptimalityReport} (add {@code -Dbudget.surfaceCache=FILE} to keep the fitted surface).
 */
@Tag("slow")
class BudgetSplitOptimalityReport {
    /** The branch and bound closes every box to within this of its best plan. */
    private static final double TOLERANCE_GBP = 1;

    @Test
    void theOptimiserIsWithinItsStatedGapOfTheProvenOptimumOnTheBundledSurface() {
        ResponseSurface surface = BundledSurface.oneOxfordshire();
        PlanValue value = new PlanValue(surface.features().problem(), surface::mean);
        double empty = surface.mean(BudgetPlan.empty(value.problem()));
        long seed = BundledSurface.seed();
        long started = System.nanoTime();
        BudgetOptimiser.Result found = new BudgetOptimiser(seed).solve(value);
        double optimiserSeconds = (System.nanoTime() - started) / 1e9;
        double gain = surface.mean(found.plan()) - empty;

        started = System.nanoTime();
        BudgetBranchAndBound exact = new BudgetBranchAndBound(surface);
        BudgetBranchAndBound.Result result = exact.solve(found.plan(), TOLERANCE_GBP,
                Long.getLong("budget.boxLimit", 200_000));
        double exactSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("optimiser: score %s, gain GBP %.0f, %.1f s; plan %s%n", found.score(), gain, optimiserSeconds,
                found.plan());
        System.out.printf("branch and bound: closed %s, best gain GBP %.0f, proven bound GBP %.0f, %d boxes, %d plans"
                + " scored, %.1f s; plan %s%n", result.closed(), result.gainGbp(), result.boundGbp(), result.boxes(),
                result.evaluations(), exactSeconds, result.plan());
        System.out.printf("gap GBP %.0f (%.4f%% of the optimum's gain); at most GBP %.0f against the proven bound%n",
                result.gainGbp() - gain, 100 * (result.gainGbp() - gain) / result.gainGbp(), result.boundGbp() - gain);

        assertThat(surface.mean(result.plan()) - empty).as("the model's value is the surface's")
                .isCloseTo(result.gainGbp(), within(1e-3));
        assertThat(result.closed()).as("every box closed").isTrue();
        assertThat(result.boundGbp() - gain).as("the optimiser's gap to the proven optimum, GBP").isLessThanOrEqualTo(
                Double.parseDouble(System.getProperty("budget.statedGapGbp", "1e9")));
    }
}
