package org.onepool.model.scenario.input;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onepool.model.scenario.BudgetSplit;
import org.onepool.model.scenario.DoseResponse;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Workforce;

/**
 * Checks an invest-to-save question, whether it comes from the scenario's {@code budgetSplit} block or
 * from the command line (then problems name the flags).
 */
public final class BudgetSplitCheck {
    static final int MAX_TRANCHES = 500;
    static final int MAX_YEARS = 10;

    private BudgetSplitCheck() {
    }

    /** Problems with {@code split}, naming each field by {@code path} (a flag, or its place in the file). */
    public static List<Problem> check(Scenario scenario, BudgetSplit split,
                                      java.util.function.UnaryOperator<String> path) {
        Checks checks = new Checks();
        check(scenario, split, checks, path);
        return checks.problems();
    }

    static void check(Scenario scenario, BudgetSplit split, Checks checks, java.util.function.UnaryOperator<String> path) {
        if (!checks.present(path.apply("option"), split.option(), "the id of an option with dose-response levers")) return;
        Set<String> ids = scenario.options().stream().map(Option::id).collect(Collectors.toSet());
        checks.reference(path.apply("option"), split.option(), ids, "option");
        scenario.option(split.option()).ifPresent(o -> {
            if (o.interventions() != null && !o.hasBudgetLevers()) {
                checks.add(path.apply("option"), "option \"" + o.id() + "\" with no doseResponse on any intervention",
                        "an option with at least one intervention that states a doseResponse");
            }
        });
        if (!checks.present(path.apply("budgetGbp"), split.budgetGbp(), "the budget in GBP")) return;
        checks.between(path.apply("budgetGbp"), split.budgetGbp(), 1, 1e9, "an amount in GBP from 1 to 1 billion");
        checks.between(path.apply("trancheGbp"), split.trancheGbp(), 1, 1e9, "an amount in GBP from 1 to 1 billion");
        if (split.budgetGbp() >= 1 && split.trancheGbp() >= 1) {
            double tranches = Math.floor(split.budgetGbp() / split.trancheGbp());
            if (!(tranches >= 1 && tranches <= MAX_TRANCHES)) {
                checks.add(path.apply("trancheGbp"), Checks.format(split.trancheGbp()) + " (" + Checks.format(tranches)
                        + " tranches of the budget)", "a tranche size giving 1 to " + MAX_TRANCHES + " tranches");
            }
        }
        Integer horizon = scenario.appraisal().horizonYears();
        int maxYears = Math.min(MAX_YEARS, horizon == null ? MAX_YEARS : horizon);
        if (checks.present(path.apply("years"), split.years(), "the years the budget is spent over")) {
            checks.between(path.apply("years"), split.years(), 1, maxYears);
        }
        if (split.annualCapGbp() != null) {
            checks.between(path.apply("annualCapGbp"), split.annualCapGbp(), Math.min(split.trancheGbp(), 1e9), 1e9,
                    "an amount in GBP of at least one tranche");
        }
        scenario.option(split.option()).ifPresent(o -> feasible(scenario, o, split, checks, path));
    }

    /** The levers' minimums must fit in the budget and the caps, and every lever must reach some staff. */
    private static void feasible(Scenario scenario, Option option, BudgetSplit split, Checks checks,
                                 java.util.function.UnaryOperator<String> path) {
        if (option.interventions() == null) return;
        double minimums = 0;
        for (Intervention in : option.interventions()) {
            if (in.doseResponse() == null) continue;
            minimums += in.doseResponse().minSpendGbp() == null ? 0 : in.doseResponse().minSpendGbp();
            if (coveredHeadcount(scenario, option, in) == 0) {
                checks.add(path.apply("option"), "lever \"" + in.label() + "\" that covers no staff",
                        "levers whose partners and job families include some staff");
            }
        }
        if (split.budgetGbp() == null || split.years() == null || split.trancheGbp() == null) return;
        double usable = Math.floor(split.budgetGbp() / split.trancheGbp()) * split.trancheGbp();
        if (split.annualCapGbp() != null) usable = Math.min(usable, split.annualCapGbp() * split.years());
        if (minimums > usable) {
            checks.add(path.apply("budgetGbp"), Checks.format(split.budgetGbp()) + ", of which "
                    + Checks.format(usable) + " can be spent within the tranches and caps",
                    "at least the levers' minimums (" + Checks.format(minimums) + ")");
        }
    }

    private static double coveredHeadcount(Scenario scenario, Option option, Intervention in) {
        List<String> partners = in.partners() != null ? in.partners() : option.partners();
        double covered = 0;
        for (Partner partner : scenario.partners()) {
            if (partners != null && !partners.contains(partner.id()) || partner.workforce() == null) continue;
            for (Workforce w : partner.workforce()) {
                if (in.jobFamilies() == null || in.jobFamilies().contains(w.jobFamily())) covered += w.headcount();
            }
        }
        return covered;
    }

    /** Checks one intervention's dose-response. */
    static void doseResponse(String p, DoseResponse d, Checks checks) {
        if (checks.present(p + ".halfEffectGbpPerHead", d.halfEffectGbpPerHead(), "GBP per head for half the effect")) {
            checks.between(p + ".halfEffectGbpPerHead", d.halfEffectGbpPerHead(), 0.01, 1e6,
                    "GBP per head above 0 and at most 1 million");
        }
        checks.between(p + ".minSpendGbp", d.minSpendGbp(), 0, 1e9, "an amount in GBP from 0 to 1 billion");
        checks.between(p + ".plannedSpendGbp", d.plannedSpendGbp(), 0, 1e9, "an amount in GBP from 0 to 1 billion");
        if (d.maxSpendGbp() != null) {
            checks.between(p + ".maxSpendGbp", d.maxSpendGbp(), Math.max(0, Math.min(d.minSpendGbp(), 1e9)), 1e9,
                    "an amount in GBP, at least minSpendGbp and at most 1 billion");
        }
        checks.between(p + ".effectLastsYears", d.effectLastsYears(), 1, 60);
        if (d.effectLastsYears() != null && d.effectLastsYears() > 1
                && (d.effectLastsSource() == null || d.effectLastsSource().isBlank())) {
            checks.add(p + ".effectLastsSource", "none, with effectLastsYears " + d.effectLastsYears(),
                    "the evidence that a year's spend keeps working " + d.effectLastsYears() + " years");
        }
        if (d.effectHalfLifeYears() != null) {
            checks.between(p + ".effectHalfLifeYears", d.effectHalfLifeYears(), 0, 60, "years from 0 to 60");
        }
        if (d.effectHalfLifeYears() != null && d.effectHalfLifeYears() > 0
                && (d.effectHalfLifeSource() == null || d.effectHalfLifeSource().isBlank())) {
            checks.add(p + ".effectHalfLifeSource", "none, with effectHalfLifeYears " + d.effectHalfLifeYears(),
                    "the evidence that the effect fades with a half-life of " + d.effectHalfLifeYears() + " years");
        }
    }

    /** A lever with running costs must say who pays them once the budget period ends. */
    static void leverRunningCosts(String p, Intervention in, Checks checks) {
        if (in.doseResponse() == null || in.doseResponse().afterBudgetPeriod() != null) return;
        org.onepool.model.scenario.Uncertain running = in.runningCostGbpPerYear();
        if (running.isFixed() && running.central() == 0) return;
        checks.add(p + ".doseResponse.afterBudgetPeriod", "none, with running costs of " + running.describe()
                + " GBP a year", "partnersFund (partners pay the running costs after the budget period and keep "
                + "the effect) or closes (no running costs after it; the effect ends as effectLastsYears says)");
    }
}
