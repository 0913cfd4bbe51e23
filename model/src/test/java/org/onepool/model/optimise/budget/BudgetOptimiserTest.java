package org.onepool.model.optimise.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onepool.model.optimise.budget.BudgetFixtures.lever;
import static org.onepool.model.optimise.budget.BudgetFixtures.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

class BudgetOptimiserTest {

    /** Small enough to enumerate: 6 tranches over 4 slots, with caps and limits that bind. */
    private static List<BudgetProblem> smallProblems() {
        return List.of(
                problem(List.of(lever(0, 0, Long.MAX_VALUE, 100, 300)), 2, 2, 6, 40_000),
                problem(List.of(lever(0, 20_000, 40_000, 100), lever(1, 0, Long.MAX_VALUE, 80)), 1, 2, 6, 50_000),
                problem(List.of(lever(0, 0, 30_000, 100, 0), lever(1, 10_000, Long.MAX_VALUE, 0, 60),
                        lever(2, 0, Long.MAX_VALUE, 30, 30)), 2, 1, 6, Long.MAX_VALUE),
                problem(List.of(lever(0, 0, Long.MAX_VALUE, 100), lever(1, 0, 20_000, 50)), 1, 2, 5, 30_000));
    }

    @Test
    void reachesTheExhaustiveOptimumOnEverySmallProblemForSeveralSeeds() {
        int checked = 0;
        List<BudgetOptimiser> optimisers = List.of(new BudgetOptimiser(1), new BudgetOptimiser(2),
                new BudgetOptimiser(3));
        for (BudgetProblem problem : smallProblems()) {
            assertThat(problem.slots()).hasSizeLessThanOrEqualTo(4);
            for (long valueSeed = 1; valueSeed <= 5; valueSeed++) {
                PlanValue value = BudgetFixtures.randomValue(problem, valueSeed);
                HardSoftLongScore best = BudgetScore.of(ExhaustiveBudget.solve(value), value);
                for (int seed = 1; seed <= 3; seed++) {
                    BudgetOptimiser.Result found = optimisers.get(seed - 1).solve(value);
                    assertThat(found.score()).as("problem %s, value %d, seed %d", problem.slots(), valueSeed, seed)
                            .isEqualTo(best);
                    assertThat(BudgetScore.of(found.plan(), value)).isEqualTo(found.score());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(60);
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        BudgetProblem problem = problem(List.of(lever(0, 0, 200_000, 500, 300, 200), lever(1, 50_000,
                Long.MAX_VALUE, 400, 0, 100)), 3, 2, 30, 200_000);
        PlanValue value = BudgetFixtures.randomValue(problem, 7);
        BudgetOptimiser.Result a = new BudgetOptimiser(42).solve(value);
        BudgetOptimiser.Result b = new BudgetOptimiser(42).solve(value);
        assertThat(a.plan()).isEqualTo(b.plan());
        assertThat(a.score()).isEqualTo(b.score());
        assertThat(a.score().hardScore()).isZero();
    }

    @Test
    void directScoreEqualsTheConstraintScoreOnRandomPlans() {
        BudgetProblem problem = problem(List.of(lever(0, 30_000, 60_000, 100, 200), lever(1, 20_000,
                Long.MAX_VALUE, 50, 50)), 2, 2, 12, 70_000);
        PlanValue value = BudgetFixtures.randomValue(problem, 3);
        SolutionManager<BudgetSolution, HardSoftLongScore> manager = SolutionManager.create(SolverFactory.create(
                new SolverConfig().withSolutionClass(BudgetSolution.class).withEntityClasses(Tranche.class)
                        .withConstraintProviderClass(BudgetConstraints.class)));
        Random random = new Random(5);
        List<BudgetSlot> slots = problem.slots();
        for (int k = 0; k < 40; k++) {
            BudgetSolution solution = BudgetSolution.of(problem, value);
            List<BudgetSlot> chosen = new ArrayList<>();
            for (Tranche t : solution.getTranches()) {
                BudgetSlot slot = random.nextInt(4) == 0 ? null : slots.get(random.nextInt(slots.size()));
                t.setSlot(slot);
                chosen.add(slot);
            }
            manager.update(solution);
            assertThat(solution.getScore()).isEqualTo(BudgetScore.of(BudgetPlan.of(problem, chosen), value));
        }
    }
}
