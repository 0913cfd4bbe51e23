package org.onepool.model.optimise.budget;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact reference for the budget split: the integer program the optimiser solves (tranche counts per
 * lever, partner and year; the budget, the annual cap and each lever's minimum and maximum), maximising
 * the fitted surface's expected NPV, solved by OR-Tools' CP-SAT.
 *
 * <p>The surface is linear in its features, and each feature is either a function of one lever-partner's
 * tranche counts over the years (its effect-years: a table over those counts, read from the features
 * themselves by evaluating them one lever-partner at a time), a product of two levers' headcount-weighted
 * effect-years, or the discounted spend (linear in each year's tranches). So the program is exact up to
 * the integer scaling CP-SAT needs (effect-years to 1e-7, money to 1e-6 GBP); {@link Result#roundingGbp}
 * bounds what that scaling can change in any plan's value, and the solution's value is recomputed on the
 * surface itself. Only the expected NPV: the P10 is a percentile over replications, not written here.
 */
final class ExactBudgetSplit {
    static {
        Loader.loadNativeLibraries();
    }

    /** Effect-years are held in units of 1e-7. */
    private static final double EFFECT_UNIT = 1e7;
    /** The objective is held in units of 1e-6 GBP. */
    private static final double MONEY_UNIT = 1e6;
    /** A product of two effect-years (units 1e-14) is divided down to units of 1e-6 before it is weighted. */
    private static final long PRODUCT_DIVISOR = 100_000_000L;

    /**
     * @param plan        the best plan found
     * @param gainGbp     its expected NPV on the surface, less that of spending nothing
     * @param proven      whether CP-SAT proved it optimal for the scaled program
     * @param boundGbp    CP-SAT's upper bound on the scaled program's gain
     * @param roundingGbp most the scaling can change the value of any plan: the true optimum is at most
     *                    gainGbp + 2 x roundingGbp when proven, boundGbp + roundingGbp in any case
     */
    record Result(BudgetPlan plan, double gainGbp, boolean proven, double boundGbp, double roundingGbp) {
    }

    private ExactBudgetSplit() {
    }

    static Result solve(ResponseSurface surface, double timeLimitSeconds) {
        SurfaceFeatures features = surface.features();
        BudgetProblem problem = features.problem();
        int levers = problem.levers().size();
        int years = problem.years();
        int tranches = problem.tranches();
        double[] beta = meanCoefficients(surface);
        int spendFeature = features.count() - 1;

        CpModel model = new CpModel();
        IntVar[][][] n = new IntVar[levers][problem.partners()][];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        LinearExprBuilder[] exposure = new LinearExprBuilder[levers];
        double[] exposureMax = new double[levers];
        double[] exposureError = new double[levers];
        double rounding = 0;
        for (int l = 0; l < levers; l++) exposure[l] = LinearExpr.newBuilder();
        int feature = 1;
        List<IntVar> all = new ArrayList<>();
        for (int l = 0; l < levers; l++) {
            Lever lever = problem.levers().get(l);
            for (int p = 0; p < problem.partners(); p++) {
                if (!lever.covers(p)) continue;
                n[l][p] = new IntVar[years];
                LinearExprBuilder index = LinearExpr.newBuilder();
                long place = 1;
                for (int y = 0; y < years; y++) {
                    n[l][p][y] = model.newIntVar(0, tranches, "n_" + l + "_" + p + "_" + y);
                    all.add(n[l][p][y]);
                    index.addTerm(n[l][p][y], place);
                    place *= tranches + 1;
                }
                double share = lever.coveredHeadcount()[p] / lever.totalCoveredHeadcount();
                long[] value = new long[(int) place];
                long[] weighted = new long[(int) place];
                double most = 0;
                for (int i = 0; i < place; i++) {
                    double e = effectYears(features, problem, l, p, i, feature);
                    value[i] = Math.round(beta[feature] * e * MONEY_UNIT);
                    weighted[i] = Math.round(share * e * EFFECT_UNIT);
                    most = Math.max(most, share * e);
                }
                exposureMax[l] += most;
                rounding += 0.5 / MONEY_UNIT;
                exposureError[l] += 0.5 / EFFECT_UNIT;
                IntVar v = model.newIntVar(min(value), max(value), "v_" + l + "_" + p);
                IntVar w = model.newIntVar(min(weighted), max(weighted), "w_" + l + "_" + p);
                IntVar at = model.newIntVar(0, place - 1, "i_" + l + "_" + p);
                model.addEquality(at, index.build());
                model.addElement(at, value, v);
                model.addElement(at, weighted, w);
                objective.add(v);
                exposure[l].add(w);
                feature++;
            }
        }
        IntVar[] exposureVar = new IntVar[levers];
        for (int l = 0; l < levers; l++) {
            exposureVar[l] = model.newIntVar(0, (long) Math.ceil(exposureMax[l] * EFFECT_UNIT) + problem.partners(), "E_" + l);
            model.addEquality(exposureVar[l], exposure[l].build());
        }
        for (int l = 0; l < levers; l++) {
            for (int k = l; k < levers; k++) {
                long top = exposureVar[l].getDomain().max() * exposureVar[k].getDomain().max();
                // Each lever's exposure is held to 0.5e-7 per partner; its largest is the sum of the partners' largest.
                IntVar product = model.newIntVar(0, top, "P_" + l + "_" + k);
                model.addMultiplicationEquality(product, exposureVar[l], exposureVar[k]);
                IntVar scaled = model.newIntVar(0, top / PRODUCT_DIVISOR + 1, "Q_" + l + "_" + k);
                model.addDivisionEquality(scaled, product, model.newConstant(PRODUCT_DIVISOR));
                // Q is the product in units of 1e-6 (effect-years squared), the objective in units of 1e-6 GBP.
                long weight = Math.round(beta[feature]);
                objective.addTerm(scaled, weight);
                double g = Math.abs(beta[feature]);
                rounding += g * (exposureMax[l] * exposureError[k] + exposureMax[k] * exposureError[l]
                        + exposureError[l] * exposureError[k]) + g * 1e-6
                        + Math.abs(beta[feature] - weight) * exposureMax[l] * exposureMax[k];
                feature++;
            }
        }
        IntVar[] yearTranches = new IntVar[years];
        for (int y = 0; y < years; y++) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            for (int l = 0; l < levers; l++) for (IntVar[] row : n[l]) if (row != null) sum.add(row[y]);
            yearTranches[y] = model.newIntVar(0, tranches, "T_" + y);
            model.addEquality(yearTranches[y], sum.build());
            if (problem.annualCapGbp() != Long.MAX_VALUE) model.addLessOrEqual(yearTranches[y], problem.annualCapGbp() / problem.trancheGbp());
            double perTranche = beta[spendFeature] * spendPerTranche(features, problem, y);
            objective.addTerm(yearTranches[y], Math.round(perTranche * MONEY_UNIT));
            rounding += tranches * 0.5 / MONEY_UNIT;
        }
        model.addLessOrEqual(LinearExpr.sum(yearTranches), tranches);
        for (int l = 0; l < levers; l++) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            for (IntVar[] row : n[l]) if (row != null) for (IntVar v : row) sum.add(v);
            LinearExpr spend = sum.build();
            Lever lever = problem.levers().get(l);
            if (lever.minGbp() > 0) model.addGreaterOrEqual(spend, (lever.minGbp() + problem.trancheGbp() - 1) / problem.trancheGbp());
            if (lever.maxGbp() != Long.MAX_VALUE) model.addLessOrEqual(spend, lever.maxGbp() / problem.trancheGbp());
        }
        model.maximize(objective.build());

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(1).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no plan: " + status + " " + model.validate());
        }
        int[][][] counts = new int[levers][problem.partners()][years];
        for (int l = 0; l < levers; l++) {
            for (int p = 0; p < problem.partners(); p++) {
                if (n[l][p] != null) for (int y = 0; y < years; y++) counts[l][p][y] = (int) solver.value(n[l][p][y]);
            }
        }
        BudgetPlan plan = new BudgetPlan(counts);
        double empty = surface.mean(BudgetPlan.empty(problem));
        double gain = surface.mean(plan) - empty;
        double scaledGain = solver.objectiveValue() / MONEY_UNIT - emptyScaled(surface, beta);
        if (Math.abs(scaledGain - gain) > rounding + 1e-6 * Math.abs(gain) + 1) {
            throw new IllegalStateException("the program's value " + scaledGain + " of its plan is not the surface's " + gain);
        }
        return new Result(plan, gain, status == CpSolverStatus.OPTIMAL,
                solver.bestObjectiveBound() / MONEY_UNIT - emptyScaled(surface, beta), rounding);
    }

    /** The program's objective leaves out the constant; spending nothing still has effect-years of 0. */
    private static double emptyScaled(ResponseSurface surface, double[] beta) {
        return surface.mean(BudgetPlan.empty(surface.features().problem())) - beta[0];
    }

    /** The surface's expected NPV is linear in the features, with each coefficient's mean over replications. */
    static double[] meanCoefficients(ResponseSurface surface) {
        double[][] c = surface.coefficients();
        double[] out = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            double s = 0;
            for (double v : c[j]) s += v;
            out[j] = s / c[j].length;
        }
        return out;
    }

    /** Feature {@code feature} (lever l at partner p) of the plan with only that slot's counts, given by index i. */
    private static double effectYears(SurfaceFeatures features, BudgetProblem problem, int l, int p, int i, int feature) {
        int[][][] counts = new int[problem.levers().size()][problem.partners()][problem.years()];
        for (int y = 0; y < problem.years(); y++) {
            counts[l][p][y] = i % (problem.tranches() + 1);
            i /= problem.tranches() + 1;
        }
        return features.of(new BudgetPlan(counts))[feature];
    }

    /** The discounted-spend feature of one tranche in year y. */
    private static double spendPerTranche(SurfaceFeatures features, BudgetProblem problem, int y) {
        BudgetSlot slot = problem.slots().stream().filter(s -> s.year() == y).findFirst().orElseThrow();
        double[] x = features.of(BudgetPlan.empty(problem).with(slot, 1));
        return x[x.length - 1];
    }

    private static long min(long[] v) {
        long m = Long.MAX_VALUE;
        for (long x : v) m = Math.min(m, x);
        return m;
    }

    private static long max(long[] v) {
        long m = Long.MIN_VALUE;
        for (long x : v) m = Math.max(m, x);
        return m;
    }
}
