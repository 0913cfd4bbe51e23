package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.Lever;
import org.onepool.model.optimise.budget.ResponseSurface;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Scenario;

/** Describes plans and levers for {@link BudgetSplitResult}. */
final class PlanResults {
    private PlanResults() {
    }

    static BudgetSplitResult.PlanResult plan(String id, String name, String kind, BudgetPlan plan,
                                             BudgetProblem problem, FinancialYears years, boolean withinLimits,
                                             double[] verifiedNpv, ResponseSurface surface, double[] versus) {
        double tranche = problem.trancheGbp();
        List<BudgetSplitResult.Amount> byLever = new ArrayList<>();
        for (int l = 0; l < problem.levers().size(); l++) {
            byLever.add(new BudgetSplitResult.Amount(problem.levers().get(l).name(), plan.leverTranches(l) * tranche));
        }
        List<BudgetSplitResult.Amount> byYear = new ArrayList<>();
        for (int y = 0; y < problem.years(); y++) {
            byYear.add(new BudgetSplitResult.Amount(years.label(y), plan.yearTranches(y) * tranche));
        }
        List<BudgetSplitResult.Amount> byPartner = new ArrayList<>();
        List<BudgetSplitResult.Allocation> cells = new ArrayList<>();
        for (int p = 0; p < problem.partners(); p++) {
            double total = 0;
            for (int l = 0; l < problem.levers().size(); l++) {
                for (int y = 0; y < problem.years(); y++) {
                    int count = plan.count(l, p, y);
                    if (count == 0) continue;
                    total += count * tranche;
                    cells.add(new BudgetSplitResult.Allocation(problem.levers().get(l).name(),
                            problem.partnerIds().get(p), years.label(y), count * tranche));
                }
            }
            if (total > 0) byPartner.add(new BudgetSplitResult.Amount(problem.partnerIds().get(p), total));
        }
        Stats verified = StatsOf.of(verifiedNpv);
        int positive = 0;
        for (double v : verifiedNpv) if (v > 0) positive++;
        double predictedMean = surface.mean(plan);
        double predictedP10 = surface.p10(plan);
        return new BudgetSplitResult.PlanResult(id, name, kind, plan.totalTranches() * tranche, withinLimits, byLever,
                byYear, byPartner, cells, verified, (double) positive / verifiedNpv.length, predictedMean,
                predictedP10, predictedMean - verified.mean(), predictedP10 - verified.p10(), StatsOf.of(versus));
    }

    static List<BudgetSplitResult.LeverInfo> levers(BudgetProblem problem, Scenario scenario) {
        List<BudgetSplitResult.LeverInfo> out = new ArrayList<>();
        for (Lever lever : problem.levers()) {
            Intervention in = problem.option().interventions().get(lever.intervention());
            var dose = lever.dose();
            out.add(new BudgetSplitResult.LeverInfo(lever.name(), in.type().name().toLowerCase(java.util.Locale.ROOT),
                    dose.halfEffectGbpPerHead(), dose.minSpendGbp(), dose.maxSpendGbp(), dose.plannedSpendGbp(),
                    dose.lastsYears(), lever.totalCoveredHeadcount()));
        }
        return out;
    }
}
