package org.onepool.model.experiment;

import org.onepool.model.finance.FinancialYears;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.Doses;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.workforce.LeverFunding;

/**
 * A budget plan as the simulation takes it: for each funded intervention, the share of its full effect
 * each partner has reached in each month (the plan's doses, {@link Doses}), and the plan's spend by
 * partner and month, booked evenly over the months of each year. The experiment layer joins the budget
 * optimiser's plans to the simulation; neither knows the other.
 */
public final class PlanFunding {
    private PlanFunding() {
    }

    /** The funding of a plan for a problem's levers. */
    public static LeverFunding of(BudgetProblem problem, BudgetPlan plan, FinancialYears years) {
        int interventions = problem.option().interventions().size();
        int partners = problem.partners();
        int months = years.months();
        double[][][] byYear = Doses.strengthByYear(problem, plan, years.years());
        boolean[] funded = new boolean[interventions];
        double[][][] strength = new double[interventions][partners][months];
        int lastBudgetYear = Math.min(problem.years(), years.years()) - 1;
        for (int l = 0; l < problem.levers().size(); l++) {
            int i = problem.levers().get(l).intervention();
            funded[i] = true;
            for (int p = 0; p < partners; p++) {
                for (int m = 0; m < months; m++) strength[i][p][m] = byYear[l][p][years.yearOf(m)];
            }
        }
        int budgetMonths = 0;
        while (budgetMonths < months && years.yearOf(budgetMonths) <= lastBudgetYear) budgetMonths++;
        int[] monthsInYear = new int[years.years()];
        for (int m = 0; m < months; m++) monthsInYear[years.yearOf(m)]++;
        double[][] spend = new double[partners][months];
        for (int m = 0; m < months; m++) {
            int y = years.yearOf(m);
            if (y >= problem.years()) continue;
            for (int p = 0; p < partners; p++) {
                long tranches = 0;
                for (int l = 0; l < problem.levers().size(); l++) tranches += plan.count(l, p, y);
                spend[p][m] = tranches * (double) problem.trancheGbp() / monthsInYear[y];
            }
        }
        return new LeverFunding(funded, strength, spend, budgetMonths);
    }

    /** The funding of the scenario's own plan for an option's levers; null when it has none. */
    public static LeverFunding scenarioPlan(Scenario scenario, Option option, FinancialYears years) {
        Doses.PlannedLevers planned = Doses.scenarioPlan(scenario, option, years);
        return planned == null ? null : of(planned.problem(), planned.plan(), years);
    }
}
