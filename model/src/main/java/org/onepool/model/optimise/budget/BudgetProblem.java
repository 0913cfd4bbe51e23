package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.BudgetSplit;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Workforce;

/**
 * A budget split to solve: the levers, the partners and years tranches may go to, the tranche size and
 * count, and the annual cap.
 *
 * @param option       the option whose levers share the budget
 * @param levers       the option's interventions that state a dose-response
 * @param partnerIds   every partner of the scenario, in scenario order
 * @param years        years of the budget period
 * @param trancheGbp   size of one tranche
 * @param tranches     how many tranches the budget holds
 * @param annualCapGbp most spent in one year (Long.MAX_VALUE for no cap)
 */
public record BudgetProblem(Option option, List<Lever> levers, List<String> partnerIds, int years, long trancheGbp,
                            int tranches, long annualCapGbp) {

    public BudgetProblem {
        levers = List.copyOf(levers);
        partnerIds = List.copyOf(partnerIds);
    }

    /** The problem a scenario and a (checked) budget split pose. */
    public static BudgetProblem of(Scenario scenario, BudgetSplit split) {
        return of(scenario, scenario.option(split.option()).orElseThrow(), split);
    }

    /** The problem for {@code option}, which may be a variant of one of the scenario's options. */
    public static BudgetProblem of(Scenario scenario, Option option, BudgetSplit split) {
        List<Lever> levers = new ArrayList<>();
        for (int i = 0; i < option.interventions().size(); i++) {
            Intervention in = option.interventions().get(i);
            if (in.doseResponse() == null) continue;
            double[] covered = new double[scenario.partners().size()];
            List<String> partners = in.partners() != null ? in.partners() : option.partners();
            for (int p = 0; p < covered.length; p++) {
                Partner partner = scenario.partners().get(p);
                if (partners != null && !partners.contains(partner.id())) continue;
                for (Workforce w : partner.workforce()) {
                    if (in.jobFamilies() == null || in.jobFamilies().contains(w.jobFamily())) covered[p] += w.headcount();
                }
            }
            Double max = in.doseResponse().maxSpendGbp();
            levers.add(new Lever(i, in.label(), Math.round(in.doseResponse().minSpendGbp()),
                    max == null ? Long.MAX_VALUE : Math.round(max), in.doseResponse(), covered));
        }
        long tranche = Math.round(split.trancheGbp());
        int count = (int) Math.floor(split.budgetGbp() / tranche);
        long cap = split.annualCapGbp() == null ? Long.MAX_VALUE : Math.round(split.annualCapGbp());
        return new BudgetProblem(option, levers, scenario.partners().stream().map(Partner::id).toList(), split.years(),
                tranche, count, cap);
    }

    public int partners() {
        return partnerIds.size();
    }

    public long budgetGbp() {
        return tranches * trancheGbp;
    }

    /** Every slot a tranche may take: a lever at a partner it covers, in a year of the period. */
    public List<BudgetSlot> slots() {
        List<BudgetSlot> out = new ArrayList<>();
        for (int l = 0; l < levers.size(); l++) {
            for (int p = 0; p < partners(); p++) {
                if (!levers.get(l).covers(p)) continue;
                for (int y = 0; y < years; y++) out.add(new BudgetSlot(l, p, y));
            }
        }
        return out;
    }

    public List<LeverLimit> limits() {
        List<LeverLimit> out = new ArrayList<>();
        for (int l = 0; l < levers.size(); l++) out.add(new LeverLimit(l, levers.get(l).minGbp(), levers.get(l).maxGbp()));
        return out;
    }

    public List<YearCap> caps() {
        List<YearCap> out = new ArrayList<>();
        for (int y = 0; y < years; y++) out.add(new YearCap(y, annualCapGbp));
        return out;
    }
}
