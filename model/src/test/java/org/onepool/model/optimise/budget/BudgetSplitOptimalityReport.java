package org.onepool.model.optimise.budget;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.onepool.model.experiment.BudgetSplitExperiment;
import org.onepool.model.experiment.BudgetSplitSettings;
import org.onepool.model.experiment.Progress;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The figure in docs/budget-split.md and benchmarks/README.md: on the surface `onepool optimise
 * scenarios/one-oxfordshire.yaml` fits (its defaults: 16 design replications, the scenario's seed), the
 * optimiser's plan for the expected NPV against the exact optimum of the same program. Slow (the design
 * is simulated on the full scenario), so tagged and run on request:
 * {@code ./mvnw -pl model test -Dsurefire.excludedGroups=none -Dgroups=slow -Dtest=BudgetSplitOptimalityReport}.
 */
@Tag("slow")
class BudgetSplitOptimalityReport {

    @Test
    void printTheGapOnTheBundledSurface() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/one-oxfordshire.yaml"));
        long seed = scenario.appraisal().seed();
        ResponseSurface surface = BudgetSplitExperiment.fittedSurface(scenario, new BudgetSplitSettings(
                scenario.budgetSplit(), BudgetObjective.MEAN, seed, 2, 16, 0, 0), Progress.NONE);
        PlanValue value = new PlanValue(surface.features().problem(), surface::mean);
        double empty = surface.mean(BudgetPlan.empty(value.problem()));
        long started = System.nanoTime();
        BudgetOptimiser.Result found = new BudgetOptimiser(seed).solve(value);
        double optimiserSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        ExactBudgetSplit.Result exact = ExactBudgetSplit.solve(surface, 300);
        double exactSeconds = (System.nanoTime() - started) / 1e9;
        double gain = surface.mean(found.plan()) - empty;
        System.out.printf("optimiser: score %s, gain GBP %.0f, %.1f s; plan %s%n", found.score(), gain, optimiserSeconds,
                found.plan());
        System.out.printf("exact: proven %s, gain GBP %.0f, bound GBP %.0f, scaling within GBP %.0f, %.1f s; plan %s%n",
                exact.proven(), exact.gainGbp(), exact.boundGbp(), exact.roundingGbp(), exactSeconds, exact.plan());
        System.out.printf("gap GBP %.0f (%.3f%% of the optimum's gain); at most GBP %.0f against the bound%n",
                exact.gainGbp() - gain, 100 * (exact.gainGbp() - gain) / exact.gainGbp(),
                exact.boundGbp() + exact.roundingGbp() - gain);
    }
}
