package org.onepool.reports;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.time.LocalDate;
import java.util.List;
import org.onepool.model.experiment.BudgetSplitResult;
import org.onepool.model.experiment.BudgetSplitResult.PlanResult;
import org.onepool.model.experiment.Stats;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;

/**
 * budget-report.html: the recommended split of an invest-to-save budget, its verified NPV bands and the
 * naive plans beside it. Self-contained and printable; every string from the scenario is escaped.
 */
final class BudgetSplitHtml {
    private final BudgetSplitResult result;
    private final BudgetSplitResult.Question q;
    private final Scenario scenario;
    private final StringBuilder html = new StringBuilder(32 * 1024);

    private BudgetSplitHtml(BudgetSplitResult result, Scenario scenario) {
        this.result = result;
        this.q = result.question();
        this.scenario = scenario;
    }

    static String render(BudgetSplitResult result, Scenario scenario, LocalDate date) {
        return new BudgetSplitHtml(result, scenario).build(date);
    }

    /** A partner's name for its id. */
    private String partner(String id) {
        return scenario.partner(id).map(Partner::name).orElse(id);
    }

    private static String e(String text) {
        return text == null ? "" : escapeHtml4(text);
    }

    private String build(LocalDate date) {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(result.scenario().name())).append(" — onepool budget split</title>\n")
                .append("<style>").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<header><p class=\"kicker\">Invest-to-save budget split</p><h1>")
                .append(e(result.scenario().name())).append("</h1><p class=\"lede\">How to spread ")
                .append(Formats.money(q.budgetGbp())).append(" over ").append(q.years())
                .append(q.years() == 1 ? " year" : " years").append(" (").append(e(String.join(", ", q.yearLabels())))
                .append(") across the levers of <strong>").append(e(q.optionName())).append("</strong>")
                .append(q.annualCapGbp() == null ? "" : ", at most " + Formats.money(q.annualCapGbp()) + " a year")
                .append(", to maximise ").append(q.objective().equals("p10") ? "the P10 NPV (a cautious panel)"
                        : "the expected NPV").append(".</p><p class=\"meta\">Tranches of ")
                .append(Formats.money(q.trancheGbp())).append(" · every NPV verified on ")
                .append(q.verificationReplications()).append(" fresh replications · run ").append(date)
                .append("</p></header>\n");
        recommended();
        compared();
        allocation();
        levers();
        method();
        html.append("<section id=\"reproducibility\"><h2>Reproducibility</h2><dl class=\"stamp\"><dt>onepool</dt><dd>")
                .append(e(result.version())).append("</dd><dt>Seed</dt><dd>").append(result.seed())
                .append("</dd><dt>Scenario</dt><dd>").append(e(result.scenario().file()))
                .append("</dd><dt>SHA-256</dt><dd><code>").append(e(result.scenario().sha256()))
                .append("</code></dd><dt>Threads</dt><dd>").append(q.threads()).append("</dd><dt>Run time</dt><dd>")
                .append(Math.round(result.seconds())).append(" s</dd></dl></section>\n");
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void recommended() {
        PlanResult r = result.recommendedPlan();
        html.append("<section id=\"recommended\"><h2>Recommended split</h2><div class=\"boxes\"><div class=\"box\"><h3>")
                .append(e(r.name())).append("</h3><p class=\"big\">").append(Formats.money(r.verifiedNpv().mean()))
                .append("</p><p>expected net present value, verified; 80% range ")
                .append(Formats.money(r.verifiedNpv().p10())).append(" to ").append(Formats.money(r.verifiedNpv().p90()))
                .append("</p><p>Chosen as the optimised plan with the best verified ")
                .append(q.objective().equals("p10") ? "P10 NPV (" + Formats.money(r.verifiedNpv().p10()) + ")"
                        : "expected NPV")
                .append(".</p><dl><dt>Chance NPV is positive</dt><dd>").append(Formats.percent(r.probabilityPositive()))
                .append("</dd><dt>Spent</dt><dd>").append(Formats.money(r.totalGbp())).append(" of ")
                .append(Formats.money(q.budgetGbp())).append("</dd>");
        for (PlanResult p : result.plans()) {
            if (p.kind().equals("naive")) {
                html.append("<dt>Against ").append(e(lowerFirst(p.name()))).append("</dt><dd>")
                        .append(signed(-p.versusRecommended().mean())).append("</dd>");
            }
        }
        html.append("</dl></div></div>\n");
        html.append("<h3>By lever and year</h3><table><thead><tr><th>Lever</th>");
        for (String y : q.yearLabels()) html.append("<th>").append(e(y)).append("</th>");
        html.append("<th>Total</th></tr></thead><tbody>");
        for (BudgetSplitResult.Amount lever : r.byLever()) {
            html.append("<tr><th>").append(e(lever.name())).append("</th>");
            for (String y : q.yearLabels()) {
                double sum = r.allocations().stream().filter(a -> a.lever().equals(lever.name()) && a.year().equals(y))
                        .mapToDouble(BudgetSplitResult.Allocation::spendGbp).sum();
                html.append("<td>").append(Formats.money(sum)).append("</td>");
            }
            html.append("<td>").append(Formats.money(lever.gbp())).append("</td></tr>");
        }
        html.append("<tr><th>Total</th>");
        for (BudgetSplitResult.Amount y : r.byYear()) html.append("<td>").append(Formats.money(y.gbp())).append("</td>");
        html.append("<td>").append(Formats.money(r.totalGbp())).append("</td></tr></tbody></table>\n");
        html.append("<h3>By partner</h3><table><thead><tr><th>Partner</th><th>Spend</th></tr></thead><tbody>");
        for (BudgetSplitResult.Amount p : r.byPartner()) {
            html.append("<tr><th>").append(e(partner(p.name()))).append("</th><td>").append(Formats.money(p.gbp()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private void compared() {
        html.append("<section id=\"plans\"><h2>The recommended split beside the naive plans</h2>")
                .append("<p class=\"note\">Every NPV here is from the full simulation on replications the response "
                        + "surface never saw, with each plan on the same random numbers. The difference from the "
                        + "recommended plan is paired by replication, so it is more precise than the bands suggest. "
                        + "Surface error is the surface's prediction less the verified figure.</p>")
                .append("<table><thead><tr><th>Plan</th><th>Spent</th><th>Within limits</th><th>Mean NPV</th>")
                .append("<th>P10</th><th>P50</th><th>P90</th><th>NPV &gt; 0</th><th>Against recommended (mean)</th>")
                .append("<th>Surface error (mean)</th></tr></thead><tbody>");
        for (PlanResult p : result.plans()) {
            Stats npv = p.verifiedNpv();
            boolean rec = p.id().equals(result.recommended());
            html.append(p.withinLimits() ? "<tr>" : "<tr class=\"outside\">").append("<th>").append(e(p.name()))
                    .append(rec ? " (recommended)" : "").append("</th><td>").append(Formats.money(p.totalGbp()))
                    .append("</td><td>").append(p.withinLimits() ? "yes" : "no").append("</td><td>")
                    .append(Formats.money(npv.mean())).append("</td><td>").append(Formats.money(npv.p10()))
                    .append("</td><td>").append(Formats.money(npv.p50())).append("</td><td>")
                    .append(Formats.money(npv.p90())).append("</td><td>").append(Formats.percent(p.probabilityPositive()))
                    .append("</td><td>").append(rec ? "—" : Formats.money(p.versusRecommended().mean()))
                    .append("</td><td>").append(Formats.money(p.surfaceErrorMeanGbp())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (result.plans().stream().anyMatch(p -> !p.withinLimits())) {
            html.append("<p class=\"note\">Shaded: outside the limits (an annual cap, or a lever's minimum or "
                    + "maximum), shown for comparison only.</p>");
        }
        html.append("</section>\n");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String signed(double gbp) {
        return (gbp > 0 ? "+" : "") + Formats.money(gbp);
    }

    private void allocation() {
        PlanResult r = result.recommendedPlan();
        html.append("<section id=\"allocation\"><h2>The recommended plan in full</h2><table><thead><tr><th>Lever</th>")
                .append("<th>Partner</th><th>Year</th><th>Spend</th></tr></thead><tbody>");
        for (BudgetSplitResult.Allocation a : r.allocations()) {
            html.append("<tr><th>").append(e(a.lever())).append("</th><td>").append(e(partner(a.partner()))).append("</td><td>")
                    .append(e(a.year())).append("</td><td>").append(Formats.money(a.spendGbp())).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private void levers() {
        html.append("<section id=\"levers\"><h2>Levers and their dose-response</h2><p class=\"note\">A lever reaches "
                        + "half of its full effect at the stated spend per covered member of staff, three quarters at "
                        + "twice it: returns diminish.</p><table><thead><tr><th>Lever</th><th>Staff covered</th>")
                .append("<th>Half effect at (per head)</th><th>Minimum</th><th>Maximum</th><th>Scenario's plan</th>")
                .append("<th>Effect lasts</th></tr></thead><tbody>");
        for (BudgetSplitResult.LeverInfo l : result.levers()) {
            html.append("<tr><th>").append(e(l.name())).append("</th><td>").append(Formats.count(l.coveredHeadcount()))
                    .append("</td><td>").append(Formats.money(l.halfEffectGbpPerHead())).append("</td><td>")
                    .append(Formats.money(l.minSpendGbp())).append("</td><td>")
                    .append(l.maxSpendGbp() == null ? "no limit" : Formats.money(l.maxSpendGbp())).append("</td><td>")
                    .append(Formats.money(l.plannedSpendGbp())).append("</td><td>")
                    .append(l.effectLastsYears() == null ? "to the horizon" : l.effectLastsYears() + " years")
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private String refinement() {
        var rounds = result.surface().refinements();
        if (rounds.isEmpty()) return "The surface's optimum was already among the simulated plans: no refinement.";
        var last = rounds.get(rounds.size() - 1);
        var first = rounds.get(0);
        return "The surface was then refined where the optimiser goes: in " + rounds.size() + " rounds its optimum "
                + "and plans near it were simulated and added. At the first round the surface predicted "
                + Formats.money(first.predictedMeanGbp()) + " for its optimum, which simulated at "
                + Formats.money(first.simulatedMeanGbp()) + "; at the last, " + Formats.money(last.predictedMeanGbp())
                + " against " + Formats.money(last.simulatedMeanGbp()) + ".";
    }

    private void method() {
        var s = result.surface();
        List<String> notes = List.of(
                "The simulation is too slow to score every possible split, so " + s.designPoints() + " designed plans "
                        + "(spending nothing, each lever alone, and random plans from one tranche to the whole budget) "
                        + "were each simulated on the same " + q.designReplications() + " replications.",
                "A response surface was fitted to their NPVs by least squares, one fit per replication, so that a "
                        + "plan's predictions form a distribution (its mean and its 10th percentile). The dose-response "
                        + "is applied exactly; the surface fits how NPV answers each lever's discounted effect-years at "
                        + "each partner, the levers' interplay, and the spend. " + s.features() + " terms; on the design "
                        + "plans it explains " + Formats.percent(Math.max(0, s.rSquared())) + " of the variation in mean "
                        + "NPV (root mean square error " + Formats.money(s.rmseGbp()) + ").",
                "OptaPlanner split the tranches on the surface under the annual cap and each lever's minimum and "
                        + "maximum, once for the expected NPV and once for the P10 NPV. The optimised plans and the "
                        + "naive ones were then simulated on " + q.verificationReplications() + " fresh replications; "
                        + "the recommended plan is the optimised one with the best verified "
                        + (q.objective().equals("p10") ? "P10" : "mean") + " NPV.",
                refinement(),
                "A year's spend works from the start of that year; the lever's own set-up and running costs are "
                        + "replaced by the plan's spend, which is shared among partners as the option's costs are.");
        html.append("<section id=\"method\"><h2>How this was worked out</h2><ul>");
        for (String n : notes) html.append("<li>").append(e(n)).append("</li>");
        html.append("</ul></section>\n");
    }
}
