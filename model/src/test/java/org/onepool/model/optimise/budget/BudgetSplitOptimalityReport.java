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

        System.out.printf("surface: %d terms, %d lever-partners, %d tranches%n", surface.features().count(),
                value.problem().slots().size() / value.problem().years(), value.problem().tranches());
        assertThat(surface.mean(result.plan()) - empty).as("the model's value is the surface's")
                .isCloseTo(result.gainGbp(), within(1e-3));
        assertThat(result.closed()).as("every box closed").isTrue();
        // The stated gap (benchmarks/README.md): the optimiser's plan is within GBP 2 of the proven bound.
        assertThat(result.boundGbp() - gain).as("the optimiser's gap to the proven optimum, GBP").isLessThanOrEqualTo(
                Double.parseDouble(System.getProperty("budget.statedGapGbp", "2")));
    }

    /**
     * The P10 is not solved exactly: it is an order statistic over the 16 replications' surfaces (with 16
     * values, R-7 interpolation: half the 2nd plus half the 3rd lowest), neither separable nor concave in
     * the plan. What is proven instead is a bound. If U_r bounds replication r's best value over all
     * plans, any plan's 2nd and 3rd lowest replication values are at most the 2nd and 3rd lowest U_r (at
     * most two replications lie below the 3rd lowest, so one of the three lowest U_r bounds it), so its P10
     * is at most half their sum. Each U_r is the branch and bound's proven bound on that replication's
     * surface, a few boxes deep.
     */
    @Test
    void theP10PlanAgainstABoundOnTheBestP10() {
        ResponseSurface surface = BundledSurface.oneOxfordshire();
        BudgetProblem problem = surface.features().problem();
        BudgetPlan nothing = BudgetPlan.empty(problem);
        long started = System.nanoTime();
        BudgetOptimiser.Result found = new BudgetOptimiser(BundledSurface.seed()).solve(new PlanValue(problem, surface::p10));
        double optimiserSeconds = (System.nanoTime() - started) / 1e9;
        double gain = surface.p10(found.plan()) - surface.p10(nothing);
        int reps = surface.coefficients()[0].length;
        double[] best = new double[reps];
        double[] emptyByRep = surface.predictions(nothing);
        started = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            BudgetBranchAndBound.Result one = new BudgetBranchAndBound(surface, BudgetBranchAndBound.replication(surface, r))
                    .solve(found.plan(), 1, Long.getLong("budget.p10Boxes", 3));
            best[r] = one.boundGbp() + emptyByRep[r];
        }
        double boundSeconds = (System.nanoTime() - started) / 1e9;
        java.util.Arrays.sort(best);
        double bound = (best[1] + best[2]) / 2 - surface.p10(nothing);
        System.out.printf("P10: optimiser gain GBP %.0f (%.1f s); bound on any plan's P10 gain GBP %.0f (%.1f s); "
                + "gap at most GBP %.0f (%.1f%%)%n", gain, optimiserSeconds, bound, boundSeconds, bound - gain,
                100 * (bound - gain) / bound);
        assertThat(bound).isGreaterThanOrEqualTo(gain - 1e-6);
    }
}
