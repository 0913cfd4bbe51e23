package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a plan is worth, GBP, as the response surface predicts it (a problem fact): the objective of the
 * plan less that of spending nothing, so an empty plan scores 0.
 */
public final class PlanValue {
    private final BudgetProblem problem;
    private final ToDoubleFunction<BudgetPlan> objective;
    private final double emptyValue;
    private BudgetPlan lastPlan;
    private long lastGain;

    public PlanValue(BudgetProblem problem, ToDoubleFunction<BudgetPlan> objective) {
        this.problem = problem;
        this.objective = objective;
        this.emptyValue = objective.applyAsDouble(BudgetPlan.empty(problem));
    }

    public long gainGbp(BudgetPlan plan) {
        return Math.round(objective.applyAsDouble(plan) - emptyValue);
    }

    /** The gain of the plan the tranches make; the rules ask several times per move, so the last is kept. */
    public synchronized long gainGbp(Collection<Tranche> tranches) {
        List<BudgetSlot> slots = new ArrayList<>(tranches.size());
        for (Tranche t : tranches) slots.add(t.getSlot());
        BudgetPlan plan = BudgetPlan.of(problem, slots);
        if (!plan.equals(lastPlan)) {
            lastPlan = plan;
            lastGain = gainGbp(plan);
        }
        return lastGain;
    }

    public BudgetProblem problem() {
        return problem;
    }
}
