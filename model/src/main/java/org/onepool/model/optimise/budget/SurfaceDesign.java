package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The plans simulated to fit the response surface: spending nothing, each lever alone with the whole
 * budget, then random plans whose size runs from one tranche to the whole budget and whose spread runs
 * from concentrated to even (Dirichlet weights over the slots with a varying concentration). Limits and
 * caps are ignored here: the surface should also know what lies just outside them.
 */
public final class SurfaceDesign {
    private static final double[] CONCENTRATIONS = {0.15, 0.5, 2};

    private SurfaceDesign() {
    }

    /** How many plans a problem's surface needs: twice its features, at least 24, at most 400. */
    public static int recommendedSize(SurfaceFeatures features) {
        return Math.max(24, Math.min(400, 2 * features.count()));
    }

    /** Plans near {@code centre}: each moves a few of its tranches to other slots, or spends or saves one. */
    public static List<BudgetPlan> neighbours(BudgetProblem problem, BudgetPlan centre, int count, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        List<BudgetSlot> slots = problem.slots();
        List<BudgetPlan> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<BudgetSlot> spent = new ArrayList<>(centre.slots());
            int moves = 1 + rng.nextInt(Math.max(1, problem.tranches() / 5));
            for (int m = 0; m < moves; m++) {
                BudgetSlot to = slots.get(rng.nextInt(slots.size()));
                if (!spent.isEmpty() && (spent.size() >= problem.tranches() || rng.nextBoolean())) {
                    spent.set(rng.nextInt(spent.size()), to);
                } else {
                    spent.add(to);
                }
            }
            out.add(BudgetPlan.of(problem, spent));
        }
        return out;
    }

    public static List<BudgetPlan> plans(BudgetProblem problem, int count, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        List<BudgetSlot> slots = problem.slots();
        List<BudgetPlan> out = new ArrayList<>();
        out.add(BudgetPlan.empty(problem));
        for (int l = 0; l < problem.levers().size() && out.size() < count; l++) {
            out.add(NaivePlans.fill(problem, NaivePlans.leverWeights(problem, l), problem.tranches(), false));
        }
        int k = 0;
        while (out.size() < count) {
            double alpha = CONCENTRATIONS[k++ % CONCENTRATIONS.length];
            GammaDistribution gamma = new GammaDistribution(rng, alpha, 1);
            double[] w = new double[slots.size()];
            double sum = 0;
            for (int s = 0; s < w.length; s++) sum += w[s] = gamma.sample();
            int tranches = 1 + rng.nextInt(problem.tranches());
            BudgetPlan plan = BudgetPlan.empty(problem);
            int[][][] t = plan.tranches();
            for (int n = 0; n < tranches; n++) {
                double u = rng.nextDouble() * sum;
                int s = 0;
                while (s < w.length - 1 && (u -= w[s]) > 0) s++;
                BudgetSlot slot = slots.get(s);
                t[slot.lever()][slot.partner()][slot.year()]++;
            }
            out.add(plan);
        }
        return out;
    }
}
