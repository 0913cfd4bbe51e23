package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.scenario.Intervention;

/**
 * What the response surface regresses NPV on. The dose-response is applied exactly; only the
 * simulation's answer to effect is fitted. Features: a constant; per lever and partner, discounted
 * effect-years (share of full effect x the intervention's ramp-up x the discount factor, summed over the
 * horizon); products of the levers' headcount-weighted effect-years (diminishing or reinforcing returns
 * between levers); and the plan's discounted spend, in GBP 100k.
 */
public final class SurfaceFeatures {
    private static final double SPEND_UNIT_GBP = 100_000;

    private final BudgetProblem problem;
    private final int appraisalYears;
    /** [lever][appraisal year]: discounted effect-years of one year at full strength. */
    private final double[][] weight;
    private final double[] factors;
    private final List<int[]> leverPartners = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** [lever][partner][tranches] share of full effect; null where the lever does not cover the partner. */
    private final double[][][] strengthByTranches;

    public SurfaceFeatures(BudgetProblem problem, FinancialYears years, double[] discountFactors) {
        this.problem = problem;
        this.appraisalYears = years.years();
        this.factors = discountFactors.clone();
        int levers = problem.levers().size();
        weight = new double[levers][appraisalYears];
        for (int l = 0; l < levers; l++) {
            Intervention in = problem.option().interventions().get(problem.levers().get(l).intervention());
            for (int m = 0; m < years.months(); m++) {
                int t = years.yearOf(m);
                weight[l][t] += factors[t] * in.strengthAt(m) / 12;
            }
        }
        strengthByTranches = new double[levers][problem.partners()][];
        for (int l = 0; l < levers; l++) {
            for (int p = 0; p < problem.partners(); p++) {
                if (!problem.levers().get(l).covers(p)) continue;
                double[] table = new double[problem.tranches() + 1];
                for (int k = 0; k < table.length; k++) table[k] = strength(l, p, k);
                strengthByTranches[l][p] = table;
            }
        }
        names.add("constant");
        for (int l = 0; l < levers; l++) {
            for (int p = 0; p < problem.partners(); p++) {
                if (!problem.levers().get(l).covers(p)) continue;
                leverPartners.add(new int[] {l, p});
                names.add(problem.levers().get(l).name() + " @ " + problem.partnerIds().get(p));
            }
        }
        for (int l = 0; l < levers; l++) {
            for (int k = l; k < levers; k++) {
                names.add(problem.levers().get(l).name() + " x " + problem.levers().get(k).name());
            }
        }
        names.add("discounted spend (GBP 100k)");
    }

    /** As {@link Doses#strengthByYear}, from a table of strength by tranches: the optimiser calls this a lot. */
    private double[][][] strengthByYear(BudgetPlan plan) {
        int levers = problem.levers().size();
        double[][][] out = new double[levers][problem.partners()][appraisalYears];
        for (int l = 0; l < levers; l++) {
            int lasts = problem.levers().get(l).dose().lastsYears();
            boolean kept = problem.levers().get(l).dose().partnersFundAfterBudget();
            for (int p = 0; p < problem.partners(); p++) {
                double[] table = strengthByTranches[l][p];
                if (table == null) continue;
                for (int t = 0; t < appraisalYears; t++) {
                    int tranches = 0;
                    int at = kept && t >= problem.years() ? problem.years() - 1 : t;
                    int from = Math.max(0, at - lasts + 1);
                    for (int y = from; y <= Math.min(at, problem.years() - 1); y++) tranches += plan.count(l, p, y);
                    out[l][p][t] = tranches < table.length ? table[tranches] : strength(l, p, tranches);
                }
                problem.levers().get(l).dose().fadeAfterFunding(out[l][p]);
            }
        }
        return out;
    }

    private double strength(int l, int p, int tranches) {
        Lever lever = problem.levers().get(l);
        return lever.dose().strength(tranches * (double) problem.trancheGbp() / lever.coveredHeadcount()[p]);
    }

    public int count() {
        return names.size();
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    public BudgetProblem problem() {
        return problem;
    }

    public double[] of(BudgetPlan plan) {
        double[][][] strength = strengthByYear(plan);
        int levers = problem.levers().size();
        double[] x = new double[count()];
        int j = 0;
        x[j++] = 1;
        double[] leverExposure = new double[levers];
        for (int[] lp : leverPartners) {
            int l = lp[0];
            int p = lp[1];
            double e = 0;
            for (int t = 0; t < appraisalYears; t++) e += weight[l][t] * strength[l][p][t];
            x[j++] = e;
            Lever lever = problem.levers().get(l);
            leverExposure[l] += e * lever.coveredHeadcount()[p] / lever.totalCoveredHeadcount();
        }
        for (int l = 0; l < levers; l++) {
            for (int k = l; k < levers; k++) x[j++] = leverExposure[l] * leverExposure[k];
        }
        double spend = 0;
        for (int y = 0; y < problem.years(); y++) spend += factors[y] * plan.yearTranches(y) * problem.trancheGbp();
        x[j] = spend / SPEND_UNIT_GBP;
        return x;
    }
}
