package org.onepool.model.optimise.budget;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The budget rules computed directly on a plan: for exhaustive search and to check the constraints. */
public final class BudgetScore {
    private BudgetScore() {
    }

    public static HardSoftLongScore of(BudgetPlan plan, PlanValue value) {
        BudgetProblem problem = value.problem();
        long tranche = problem.trancheGbp();
        long hard = 0;
        for (int y = 0; y < problem.years(); y++) {
            long spend = plan.yearTranches(y) * tranche;
            if (spend > problem.annualCapGbp()) hard += spend - problem.annualCapGbp();
        }
        for (int l = 0; l < problem.levers().size(); l++) {
            Lever lever = problem.levers().get(l);
            long spend = plan.leverTranches(l) * tranche;
            if (spend > lever.maxGbp()) hard += spend - lever.maxGbp();
            if (spend < lever.minGbp()) hard += lever.minGbp() - spend;
        }
        return HardSoftLongScore.of(-hard, value.gainGbp(plan));
    }
}
