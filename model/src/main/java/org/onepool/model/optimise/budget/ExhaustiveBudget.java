package org.onepool.model.optimise.budget;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Tries every way of spending up to the budget's tranches over the slots (tranches are alike, so each
 * way is a count per slot): the reference the optimiser is checked against on small problems.
 */
public final class ExhaustiveBudget {
    private final PlanValue value;
    private final List<BudgetSlot> slots;
    private final int[] counts;
    private BudgetPlan best;
    private HardSoftLongScore bestScore;

    private ExhaustiveBudget(PlanValue value) {
        this.value = value;
        this.slots = value.problem().slots();
        this.counts = new int[slots.size()];
    }

    public static BudgetPlan solve(PlanValue value) {
        ExhaustiveBudget search = new ExhaustiveBudget(value);
        search.fill(0, value.problem().tranches());
        return search.best;
    }

    private void fill(int slot, int left) {
        if (slot == slots.size()) {
            BudgetPlan plan = BudgetPlan.empty(value.problem());
            for (int s = 0; s < counts.length; s++) if (counts[s] > 0) plan = plan.with(slots.get(s), counts[s]);
            HardSoftLongScore score = BudgetScore.of(plan, value);
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                best = plan;
                bestScore = score;
            }
            return;
        }
        for (int c = 0; c <= left; c++) {
            counts[slot] = c;
            fill(slot + 1, left - c);
        }
        counts[slot] = 0;
    }
}
