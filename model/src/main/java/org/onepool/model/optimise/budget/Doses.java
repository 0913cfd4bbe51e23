package org.onepool.model.optimise.budget;

import org.onepool.model.finance.FinancialYears;
import org.onepool.model.scenario.BudgetSplit;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;

/**
 * Turns a plan into effect: for each lever and partner, the share of the full effect reached in each
 * appraisal year, from the spend per covered head of the years still working (the lever's dose-response).
 * A year's spend works from the start of that year, for {@code effectLastsYears} years (default 1), then
 * the effect ends, or fades at {@code effectHalfLifeYears}; if the partners fund the lever after the budget
 * period, the effect reached by its end is kept.
 */
public final class Doses {
    private Doses() {
    }

    /** [lever][partner][appraisal year] share of full effect. */
    public static double[][][] strengthByYear(BudgetProblem problem, BudgetPlan plan, int appraisalYears) {
        int levers = problem.levers().size();
        double[][][] out = new double[levers][problem.partners()][appraisalYears];
        for (int l = 0; l < levers; l++) {
            Lever lever = problem.levers().get(l);
            int lasts = lever.dose().lastsYears();
            boolean kept = lever.dose().partnersFundAfterBudget();
            for (int p = 0; p < problem.partners(); p++) {
                if (!lever.covers(p)) continue;
                for (int t = 0; t < appraisalYears; t++) {
                    double spend = 0;
                    // Partners who fund the running costs after the budget period keep the effect reached by its end.
                    int at = kept && t >= problem.years() ? problem.years() - 1 : t;
                    int from = Math.max(0, at - lasts + 1);
                    for (int y = from; y <= Math.min(at, problem.years() - 1); y++) {
                        spend += plan.count(l, p, y) * (double) problem.trancheGbp();
                    }
                    out[l][p][t] = lever.dose().strength(spend / lever.coveredHeadcount()[p]);
                }
                lever.dose().fadeAfterFunding(out[l][p]);
            }
        }
        return out;
    }

    /** A plan for an option's levers, with the problem it is a plan of. */
    public record PlannedLevers(BudgetProblem problem, BudgetPlan plan) {
    }

    /**
     * The scenario's own plan for an option's levers, as `run` appraises it: each lever's plannedSpendGbp,
     * by covered headcount over partners and evenly over the budget split's years (one year when the
     * scenario's budgetSplit is about another option). Null when the option has no levers.
     */
    public static PlannedLevers scenarioPlan(Scenario scenario, Option option, FinancialYears years) {
        if (!option.hasBudgetLevers()) return null;
        BudgetSplit split = scenario.budgetSplit();
        int budgetYears = split != null && split.option().equals(option.id()) && split.years() != null
                ? Math.max(1, Math.min(split.years(), years.years())) : 1;
        BudgetProblem problem = BudgetProblem.of(scenario, option,
                new BudgetSplit(option.id(), 1.0, budgetYears, 1.0, null, null));
        int[][][] gbp = new int[problem.levers().size()][problem.partners()][budgetYears];
        for (int l = 0; l < gbp.length; l++) {
            double planned = problem.levers().get(l).dose().plannedSpendGbp();
            double[][] share = NaivePlans.leverWeights(problem, l)[l];
            for (int p = 0; p < problem.partners(); p++) {
                for (int y = 0; y < budgetYears; y++) gbp[l][p][y] = (int) Math.round(planned * share[p][y]);
            }
        }
        return new PlannedLevers(problem, new BudgetPlan(gbp));
    }
}
