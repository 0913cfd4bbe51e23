package org.onepool.model.optimise.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onepool.model.optimise.budget.BudgetFixtures.lever;
import static org.onepool.model.optimise.budget.BudgetFixtures.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The budget-split solver in OptaPlanner's FULL_ASSERT mode: after every move the incremental score is
 * checked against one calculated from scratch, and undoing a move against the score before it, so a
 * constraint that corrupts the score fails here. Small problems, since every step is recalculated.
 */
class BudgetOptimiserFullAssertTest {
    @Test
    void noScoreCorruptionOnProblemsWhereEveryRuleBinds() {
        List<BudgetProblem> problems = List.of(
                // A lever minimum and maximum, an annual cap, two partners and two years.
                problem(List.of(lever(0, 20_000, 40_000, 100, 50), lever(1, 0, Long.MAX_VALUE, 80, 10)), 2, 2, 8,
                        50_000),
                // More tranches than the limits allow anywhere: some must stay unspent.
                problem(List.of(lever(0, 0, 30_000, 100, 0), lever(1, 10_000, 20_000, 0, 60)), 2, 1, 9, 40_000));
        for (BudgetProblem problem : problems) {
            PlanValue value = BudgetFixtures.randomValue(problem, 3);
            BudgetOptimiser.Result asserted = new BudgetOptimiser(1, 20, 4_000, EnvironmentMode.FULL_ASSERT)
                    .solve(value);
            BudgetOptimiser.Result plain = new BudgetOptimiser(1, 20, 4_000).solve(value);
            assertThat(asserted.score()).isEqualTo(BudgetScore.of(asserted.plan(), value)).isEqualTo(plain.score());
        }
    }
}
