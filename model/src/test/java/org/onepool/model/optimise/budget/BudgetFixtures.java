package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.onepool.model.scenario.DoseResponse;

/** Small budget problems with made-up values, for checking the rules and the optimiser. */
final class BudgetFixtures {
    private BudgetFixtures() {
    }

    static Lever lever(int index, long min, long max, double... headcount) {
        return new Lever(index, "lever " + index, min, max, new DoseResponse(10.0, (double) min, (double) max, 0.0, null, null, null, null, null, null),
                headcount);
    }

    /** Levers over partners and years; tranches of GBP 10k. */
    static BudgetProblem problem(List<Lever> levers, int partners, int years, int tranches, long cap) {
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < partners; p++) ids.add("partner-" + p);
        return new BudgetProblem(null, levers, ids, years, 10_000, tranches, cap);
    }

    /**
     * A value with diminishing returns in each slot, a later year worth less, and levers that reinforce or
     * undercut each other: so the best split is not found one tranche at a time.
     */
    static PlanValue randomValue(BudgetProblem problem, long seed) {
        Random random = new Random(seed);
        List<BudgetSlot> slots = problem.slots();
        double[] worth = new double[slots.size()];
        double[] half = new double[slots.size()];
        for (int s = 0; s < worth.length; s++) {
            worth[s] = 20_000 + random.nextInt(60_000);
            half[s] = 1 + random.nextInt(3);
        }
        double interplay = (random.nextDouble() - 0.5) * 8_000;
        double costPerTranche = 9_000 + random.nextInt(6_000);
        return new PlanValue(problem, plan -> {
            double v = 0;
            for (int s = 0; s < worth.length; s++) {
                BudgetSlot slot = slots.get(s);
                double c = plan.count(slot.lever(), slot.partner(), slot.year());
                v += worth[s] * (1 - Math.pow(2, -c / half[s])) / (1 + slot.year());
            }
            if (problem.levers().size() > 1) v += interplay * plan.leverTranches(0) * plan.leverTranches(1);
            return v - costPerTranche * plan.totalTranches();
        });
    }
}
