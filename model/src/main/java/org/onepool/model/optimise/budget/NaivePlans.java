package org.onepool.model.optimise.budget;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The plans a panel would otherwise consider: an equal split over the levers; everything in the single
 * best lever; the scenario's own plan. Within a lever, money follows covered headcount and is spread
 * evenly over the years. Tranches are placed one at a time where the plan is furthest behind its target,
 * skipping places that would break an annual cap or a lever maximum.
 */
public final class NaivePlans {
    private NaivePlans() {
    }

    public static BudgetPlan equalSplit(BudgetProblem problem) {
        double[][][] w = new double[problem.levers().size()][][];
        for (int l = 0; l < w.length; l++) {
            w[l] = leverWeights(problem, l)[l];
        }
        return fill(problem, w, problem.tranches(), true);
    }

    /** The single lever whose whole-budget plan the objective values most, with that plan. */
    public static BudgetPlan bestSingleLever(BudgetProblem problem, ToDoubleFunction<BudgetPlan> objective) {
        BudgetPlan best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < problem.levers().size(); l++) {
            BudgetPlan plan = fill(problem, leverWeights(problem, l), problem.tranches(), true);
            double v = objective.applyAsDouble(plan);
            if (v > bestValue) {
                bestValue = v;
                best = plan;
            }
        }
        return best;
    }

    /** The scenario's own plan (each lever's plannedSpendGbp), or null when it states none. */
    public static BudgetPlan scenarioPlan(BudgetProblem problem) {
        double total = 0;
        for (Lever lever : problem.levers()) total += lever.dose().plannedSpendGbp();
        if (total <= 0) return null;
        double[][][] w = new double[problem.levers().size()][][];
        for (int l = 0; l < w.length; l++) {
            double[][] lw = leverWeights(problem, l)[l];
            double share = problem.levers().get(l).dose().plannedSpendGbp() / total;
            for (double[] byYear : lw) for (int y = 0; y < byYear.length; y++) byYear[y] *= share;
            w[l] = lw;
        }
        int tranches = (int) Math.round(total / problem.trancheGbp());
        return fill(problem, w, tranches, false);
    }

    /** Target weights putting everything in lever l: by covered headcount, evenly over the years. */
    static double[][][] leverWeights(BudgetProblem problem, int lever) {
        double[][][] w = new double[problem.levers().size()][problem.partners()][problem.years()];
        Lever l = problem.levers().get(lever);
        for (int p = 0; p < problem.partners(); p++) {
            for (int y = 0; y < problem.years(); y++) {
                w[lever][p][y] = l.coveredHeadcount()[p] / l.totalCoveredHeadcount() / problem.years();
            }
        }
        return w;
    }

    /**
     * Places tranches one by one: to the lever furthest behind its share of the tranches so far, and
     * within it to the slot furthest behind.
     */
    static BudgetPlan fill(BudgetProblem problem, double[][][] weights, int tranches, boolean respectLimits) {
        int levers = problem.levers().size();
        double totalWeight = 0;
        double[] leverWeight = new double[levers];
        for (int l = 0; l < levers; l++) {
            for (double[] p : weights[l]) for (double w : p) leverWeight[l] += w;
            totalWeight += leverWeight[l];
        }
        BudgetPlan plan = BudgetPlan.empty(problem);
        int[][][] t = plan.tranches();
        List<BudgetSlot> slots = problem.slots();
        for (int n = 0; n < tranches; n++) {
            BudgetSlot pick = null;
            double leverWorst = 0;
            double slotWorst = 0;
            for (BudgetSlot s : slots) {
                double w = weights[s.lever()][s.partner()][s.year()];
                if (w <= 0 || respectLimits && !fits(problem, plan, s)) continue;
                double leverBehind = leverWeight[s.lever()] / totalWeight * (n + 1) - plan.leverTranches(s.lever());
                double slotBehind = w / leverWeight[s.lever()] * (plan.leverTranches(s.lever()) + 1)
                        - t[s.lever()][s.partner()][s.year()];
                boolean better = pick == null || leverBehind > leverWorst + 1e-12
                        || Math.abs(leverBehind - leverWorst) <= 1e-12 && slotBehind > slotWorst;
                if (better) {
                    pick = s;
                    leverWorst = leverBehind;
                    slotWorst = slotBehind;
                }
            }
            if (pick == null) break;
            t[pick.lever()][pick.partner()][pick.year()]++;
        }
        return plan;
    }

    private static boolean fits(BudgetProblem problem, BudgetPlan plan, BudgetSlot s) {
        long tranche = problem.trancheGbp();
        return (plan.yearTranches(s.year()) + 1) * tranche <= problem.annualCapGbp()
                && (plan.leverTranches(s.lever()) + 1) * tranche <= problem.levers().get(s.lever()).maxGbp();
    }
}
