package org.onepool.reports;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Stats;
import org.onepool.model.experiment.Summary;
import org.onepool.model.experiment.WorkforceIndicators;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.Scenario;

/**
 * report.html: one self-contained page (styles and charts inline, nothing fetched), laid out to print on
 * A4. Every string that comes from the scenario is escaped.
 */
final class HtmlReport {
    private final ExperimentResult result;
    private final Summary summary;
    private final Scenario scenario;
    private final Map<String, String> charts;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(ExperimentResult result, Scenario scenario, Map<String, String> charts) {
        this.result = result;
        this.summary = result.summary();
        this.scenario = scenario;
        this.charts = charts;
    }

    static String render(ExperimentResult result, Scenario scenario, Map<String, String> charts, LocalDate date) {
        return new HtmlReport(result, scenario, charts).build(date);
    }

    private static String e(String text) {
        return text == null ? "" : escapeHtml4(text);
    }

    private String build(LocalDate date) {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(summary.scenario().name())).append(" — onepool appraisal</title>\n")
                .append("<style>").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<header><p class=\"kicker\">Invest-to-save appraisal</p><h1>").append(e(summary.scenario().name()))
                .append("</h1>");
        if (scenario.description() != null) html.append("<p class=\"lede\">").append(e(scenario.description())).append("</p>");
        html.append("<p class=\"meta\">").append(summary.replications()).append(" replications · ")
                .append(summary.horizonMonths() / 12).append("-year horizon from ").append(e(summary.startMonth()))
                .append(" · prices at base year · run ").append(date).append("</p></header>\n");
        headline();
        optionsTable();
        chartSection("fan-chart", "Cumulative net saving", "fan-chart",
                "Solid lines are the median of the replications; dashed lines the 10th and 90th percentiles. "
                        + "Below the black line the partnership is still funding the option.");
        chartSection("by-year", "Net saving by financial year", "net-saving-by-year", null);
        byCategory();
        partners();
        workforce();
        deployment();
        tornado();
        switching();
        stress();
        assumptions();
        method();
        reproducibility(date);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void headline() {
        html.append("<section id=\"headline\"><h2>Headline</h2><div class=\"boxes\">");
        for (Summary.OptionResult o : summary.options()) {
            html.append("<div class=\"box\"><h3>").append(e(o.name())).append("</h3>")
                    .append("<p class=\"big\">").append(Formats.money(o.npv().p50())).append("</p>")
                    .append("<p>net present value (median); 80% range ").append(Formats.money(o.npv().p10()))
                    .append(" to ").append(Formats.money(o.npv().p90())).append("</p><dl>")
                    .append("<dt>Pays back</dt><dd>").append(payback(o.paybackMonth())).append("</dd>")
                    .append("<dt>Peak funding needed</dt><dd>").append(Formats.money(o.peakFunding().p50()))
                    .append("</dd><dt>Probability of saving money</dt><dd>")
                    .append(Formats.percent(o.probabilityNpvPositive())).append("</dd>")
                    .append("<dt>Benefit–cost ratio</dt><dd>").append(ratio(o.benefitCostRatio().p50()))
                    .append("</dd><dt>Partners paying more than they gain</dt><dd>").append(flagged(o))
                    .append("</dd></dl></div>");
        }
        if (summary.options().isEmpty()) html.append("<p>The scenario has no options to appraise.</p>");
        html.append("</div></section>\n");
    }

    private static String flagged(Summary.OptionResult o) {
        List<String> names = o.byPartner().stream().filter(Summary.PartnerPosition::flagged)
                .map(Summary.PartnerPosition::name).toList();
        return names.isEmpty() ? "none" : names.size() + ": " + e(String.join(", ", names));
    }

    private String payback(Summary.Payback p) {
        if (p.p50() == null || p.neverShare() >= 0.5) {
            return "not within the horizon in " + Formats.percent(p.neverShare()) + " of replications";
        }
        String text = Formats.month(p.p50().intValue(), summary.startMonth());
        return p.neverShare() > 0 ? text + "; never in " + Formats.percent(p.neverShare()) : text;
    }

    private static String ratio(double value) {
        return String.format(java.util.Locale.UK, "%.1f", value);
    }

    private void optionsTable() {
        html.append("<section id=\"options\"><h2>Options side by side</h2><table><thead><tr><th>Measure</th>");
        for (Summary.OptionResult o : summary.options()) html.append("<th>").append(e(o.name())).append("</th>");
        html.append("</tr></thead><tbody>");
        row("NPV, median", o -> Formats.money(o.npv().p50()));
        row("NPV, P10 to P90", o -> Formats.money(o.npv().p10()) + " to " + Formats.money(o.npv().p90()));
        row("Probability of saving", o -> Formats.percent(o.probabilityNpvPositive()));
        row("Monte Carlo standard error: mean NPV; probability", o -> monteCarloError(o.monteCarloStandardError()));
        row("Payback", o -> payback(o.paybackMonth()));
        row("Discounted payback", o -> payback(o.discountedPaybackMonth()));
        row("Peak funding, median", o -> Formats.money(o.peakFunding().p50()));
        row("Investment (with optimism bias)", o -> Formats.money(o.investment().mean()));
        row("Benefit–cost ratio, median", o -> ratio(o.benefitCostRatio().p50()));
        row("Return on investment, median", o -> Formats.percent(o.roi().p50()));
        row("Cashable savings, mean", o -> Formats.money(o.cashableSaving().mean()));
        row("Non-cashable savings, mean", o -> Formats.money(o.nonCashableSaving().mean()));
        html.append("</tbody></table></section>\n");
    }

    private static String monteCarloError(Summary.MonteCarloError error) {
        if (error.npvMeanGbp() == null) return "n/a (one replication)";
        return "± " + Formats.money(error.npvMeanGbp()) + "; ± "
                + String.format(java.util.Locale.UK, "%.1f", 100 * error.probabilityNpvPositive()) + " points";
    }

    private void row(String label, java.util.function.Function<Summary.OptionResult, String> cell) {
        html.append("<tr><th scope=\"row\">").append(label).append("</th>");
        for (Summary.OptionResult o : summary.options()) html.append("<td>").append(cell.apply(o)).append("</td>");
        html.append("</tr>");
    }

    private void chartSection(String id, String title, String chart, String note) {
        html.append("<section id=\"").append(id).append("\"><h2>").append(title).append("</h2>");
        if (note != null) html.append("<p class=\"note\">").append(note).append("</p>");
        figure(chart);
        if (id.equals("by-year")) yearTable();
        html.append("</section>\n");
    }

    private void figure(String chart) {
        String svg = charts.get(chart);
        if (svg != null) html.append("<figure>").append(svg).append("</figure>");
    }

    private void yearTable() {
        html.append("<table class=\"compact\"><thead><tr><th>Financial year</th>");
        for (Summary.OptionResult o : summary.options()) html.append("<th>").append(e(o.name())).append("</th>");
        html.append("</tr></thead><tbody>");
        for (int y = 0; y < result.years().size(); y++) {
            html.append("<tr><th scope=\"row\">").append(e(result.years().get(y).label())).append("</th>");
            for (Summary.OptionResult o : summary.options()) {
                html.append("<td>").append(Formats.money(o.byFinancialYear().get(y).netSaving().mean())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void byCategory() {
        html.append("<section id=\"by-category\"><h2>Savings by category</h2><p class=\"note\">Mean over the "
                + "horizon, undiscounted. Cashable savings (C) can be taken out of budgets; non-cashable ones free "
                + "capacity or avoid lost service. The option's own costs appear as negative savings.</p>");
        figure("savings-by-category");
        html.append("<table class=\"compact\"><thead><tr><th>Category</th><th>Cashable</th>");
        for (Summary.OptionResult o : summary.options()) html.append("<th>").append(e(o.name())).append("</th>");
        html.append("</tr></thead><tbody>");
        if (!summary.options().isEmpty()) {
            List<Summary.CategoryAmount> first = summary.options().get(0).byCategory();
            for (int c = 0; c < first.size(); c++) {
                html.append("<tr><th scope=\"row\">").append(ReportText.category(first.get(c).category()))
                        .append("</th><td>").append(first.get(c).cashable() ? "yes" : "no").append("</td>");
                for (Summary.OptionResult o : summary.options()) {
                    html.append("<td>").append(Formats.money(o.byCategory().get(c).netSaving().mean())).append("</td>");
                }
                html.append("</tr>");
            }
        }
        html.append("</tbody></table></section>\n");
    }

    private void partners() {
        html.append("<section id=\"partners\"><h2>Who pays and who gains</h2><p class=\"note\">Each partner's "
                + "share of the option's costs, the present value of the savings that fall to it, and its net "
                + "position. A partner whose median net NPV is negative pays more than it gains: partnerships "
                + "break up there.</p>");
        figure("partners-net-npv");
        for (Summary.OptionResult o : summary.options()) {
            html.append("<h3>").append(e(o.name())).append("</h3><table class=\"compact\"><thead><tr><th>Partner</th>"
                    + "<th>Cost share</th><th>Savings (PV, median)</th><th>Net NPV (median)</th><th>Net NPV P10 to P90"
                    + "</th><th></th></tr></thead><tbody>");
            for (Summary.PartnerPosition p : o.byPartner()) {
                html.append(p.flagged() ? "<tr class=\"flagged\">" : "<tr>").append("<th scope=\"row\">")
                        .append(e(p.name())).append("</th><td>").append(Formats.percent(p.costShare())).append("</td><td>")
                        .append(Formats.money(p.saving().p50())).append("</td><td>").append(Formats.money(p.netNpv().p50()))
                        .append("</td><td>").append(Formats.money(p.netNpv().p10())).append(" to ")
                        .append(Formats.money(p.netNpv().p90())).append("</td><td>")
                        .append(p.flagged() ? "pays more than it gains" : "").append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</section>\n");
    }

    private void workforce() {
        html.append("<section id=\"workforce\"><h2>Workforce indicators</h2><p class=\"note\">Means over "
                + "replications and the horizon.</p>");
        figure("workforce");
        html.append("<table class=\"compact\"><thead><tr><th>Indicator</th><th>Business as usual</th>");
        for (Summary.OptionResult o : summary.options()) html.append("<th>").append(e(o.name())).append("</th>");
        html.append("</tr></thead><tbody>");
        for (String name : WorkforceIndicators.NAMES) {
            html.append("<tr><th scope=\"row\">").append(ReportText.indicator(name)).append("</th><td>")
                    .append(ReportText.indicatorValue(name, summary.baseline().workforce().get(name).mean()))
                    .append("</td>");
            for (Summary.OptionResult o : summary.options()) {
                html.append("<td>").append(ReportText.indicatorValue(name, o.workforce().get(name).mean())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private void deployment() {
        html.append("<section id=\"deployment\"><h2>What optimising deployment is worth</h2>");
        boolean any = false;
        for (Summary.OptionResult o : summary.options()) {
            Summary.DeploymentComparison d = o.deployment();
            if (d == null) continue;
            if (!any) {
                html.append("<p class=\"note\">Each option that opens a pool, run on the same replications with the "
                        + "month's pool matched first come, first served, and with the deployment optimiser. Means "
                        + "per replication over the horizon.</p><table class=\"compact\"><thead><tr><th>Option</th>"
                        + "<th>Replications</th><th>Vacancy-months: first come</th><th>optimised</th>"
                        + "<th>Agency premium: first come</th><th>optimised</th><th>Career leavers: first come</th>"
                        + "<th>optimised</th><th>Moves between partners: first come</th><th>optimised</th></tr>"
                        + "</thead><tbody>");
                any = true;
            }
            html.append("<tr><th scope=\"row\">").append(e(o.name())).append("</th><td>").append(d.replications())
                    .append("</td><td>").append(Formats.count(d.greedyVacancyMonths())).append("</td><td>")
                    .append(Formats.count(d.optimisedVacancyMonths())).append("</td><td>")
                    .append(Formats.money(d.greedyAgencySpendGbp())).append("</td><td>")
                    .append(Formats.money(d.optimisedAgencySpendGbp())).append("</td><td>")
                    .append(Formats.count(d.greedyCareerLeavers())).append("</td><td>")
                    .append(Formats.count(d.optimisedCareerLeavers())).append("</td><td>")
                    .append(Formats.count(d.greedyCrossPartnerMoves())).append("</td><td>")
                    .append(Formats.count(d.optimisedCrossPartnerMoves())).append("</td></tr>");
        }
        html.append(any ? "</tbody></table>" : "<p>Not run. <code>onepool run --compare-deployment</code> compares "
                + "first-come and optimised deployment for options that open a pool.</p>");
        html.append("</section>\n");
    }

    private void tornado() {
        html.append("<section id=\"tornado\"><h2>What drives the answer</h2><p class=\"note\">Median NPV with one "
                + "uncertain input at its 10th and then its 90th percentile, every other input at its central "
                + "value, on common random numbers. Largest swing first.</p>");
        for (Summary.OptionResult o : summary.options()) {
            if (o.tornado().isEmpty()) continue;
            figure("tornado-" + Charts.fileSafe(o.id()));
            html.append("<table class=\"compact\"><thead><tr><th>").append(e(o.name()))
                    .append(": input</th><th>P10 value</th><th>NPV at P10</th><th>P90 value</th><th>NPV at P90</th>"
                            + "<th>Swing</th></tr></thead><tbody>");
            for (Summary.TornadoBar b : o.tornado()) {
                html.append("<tr><th scope=\"row\">").append(e(b.label())).append("</th><td>").append(number(b.low()))
                        .append("</td><td>").append(Formats.money(b.npvAtLow())).append("</td><td>").append(number(b.high()))
                        .append("</td><td>").append(Formats.money(b.npvAtHigh())).append("</td><td>")
                        .append(Formats.money(b.swing())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        if (summary.options().stream().allMatch(o -> o.tornado().isEmpty())) {
            html.append("<p>No sensitivity analysis was run (or the scenario has no uncertain inputs).</p>");
        }
        html.append("</section>\n");
    }

    private static String number(double v) {
        return Math.abs(v) >= 1000 ? Formats.count(v) : String.format(java.util.Locale.UK, "%.3g", v);
    }

    private void switching() {
        html.append("<section id=\"switching\"><h2>Switching values</h2><p class=\"note\">How far an input can move "
                + "before the median NPV turns negative.</p><table class=\"compact\"><thead><tr><th>Option</th>"
                + "<th>Input</th><th>Central value</th><th>Range searched</th><th>NPV crosses zero at</th></tr>"
                + "</thead><tbody>");
        for (Summary.OptionResult o : summary.options()) {
            for (Summary.SwitchingValue s : o.switchingValues()) {
                html.append("<tr><td>").append(e(o.name())).append("</td><th scope=\"row\">").append(e(s.label()))
                        .append("</th><td>").append(number(s.central())).append("</td><td>").append(number(s.rangeLow()))
                        .append(" to ").append(number(s.rangeHigh())).append("</td><td>")
                        .append(s.value() == null ? "does not cross within the range" : number(s.value()))
                        .append("</td></tr>");
            }
        }
        html.append("</tbody></table></section>\n");
    }

    private void stress() {
        html.append("<section id=\"stress\"><h2>Stress tests</h2><p class=\"note\">Each shock applied to business "
                + "as usual and the option alike.</p><table class=\"compact\"><thead><tr><th>Stress</th>");
        for (Summary.OptionResult o : summary.options()) {
            html.append("<th>").append(e(o.name())).append(": NPV median (P10 to P90)</th><th>P(saving)</th>");
        }
        html.append("</tr></thead><tbody>");
        if (!summary.options().isEmpty()) {
            List<Summary.StressResult> first = summary.options().get(0).stress();
            for (int k = 0; k < first.size(); k++) {
                html.append("<tr><th scope=\"row\">").append(e(first.get(k).name())).append("</th>");
                for (Summary.OptionResult o : summary.options()) {
                    Summary.StressResult r = o.stress().get(k);
                    Stats npv = r.npv();
                    html.append("<td>").append(Formats.money(npv.p50())).append(" (").append(Formats.money(npv.p10()))
                            .append(" to ").append(Formats.money(npv.p90())).append(")</td><td>")
                            .append(Formats.percent(r.probabilityNpvPositive())).append("</td>");
                }
                html.append("</tr>");
            }
        }
        html.append("</tbody></table></section>\n");
    }

    private void assumptions() {
        html.append("<section id=\"assumptions\"><h2>Assumptions register</h2><p class=\"note\">Every numeric "
                + "input with its value, source and evidence grade. Distributions are sampled once per replication; "
                + "those marked per event are drawn for each campaign or person.</p><table class=\"compact register\">"
                + "<thead><tr><th>Input</th><th>Value</th><th>Source</th><th>Evidence</th></tr></thead><tbody>");
        for (Assumption a : result.assumptions()) {
            var u = a.input();
            html.append("<tr><th scope=\"row\">").append(e(org.onepool.model.experiment.InputLabels.of(scenario, a.path())))
                    .append("<br><code>").append(e(a.path())).append("</code></th><td>").append(e(u.describe()))
                    .append(a.perEvent() ? " (per event)" : "").append("</td><td>").append(e(u.source()))
                    .append("</td><td>").append(u.evidence() == null ? "" : u.evidence().name().toLowerCase(java.util.Locale.ROOT))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private void method() {
        var settings = summary.settings();
        html.append("<section id=\"method\"><h2>Method</h2><ul>")
                .append("<li><strong>Simulation.</strong> Every partner's staff are simulated month by month as "
                        + "individuals: leaving (by tenure, career stagnation, pay gap and engagement, calibrated so "
                        + "business as usual shows each stated rate), promotion and moves, recruitment campaigns with "
                        + "their time to fill and failures, agency cover, induction and training. A warm-up of business "
                        + "as usual precedes month 0.</li>")
                .append("<li><strong>Common random numbers.</strong> Each replication runs business as usual and "
                        + "every option on the same random numbers and the same sampled inputs, so differences are the "
                        + "options' effects, not noise.</li>")
                .append("<li><strong>Discounting.</strong> HM Treasury Green Book, schedule ").append(e(summary.discountSchedule()))
                .append(": net savings are summed by financial year (April to March) and discounted by the year's "
                        + "factor, year 0 undiscounted; 3.5% a year for years 0–30 in the standard schedule.</li>")
                .append("<li><strong>Optimism bias.</strong> Option costs × (1 + ").append(number(settings.optimismBiasCostUplift()))
                .append(" × (1 − ").append(number(settings.optimismBiasMitigation()))
                .append(")); savings cut by a benefits shortfall of ").append(Formats.percent(settings.benefitsShortfall()))
                .append(" (central values).</li>")
                .append("<li><strong>Uncertainty.</strong> ").append(summary.replications())
                .append(" replications, each drawing every uncertain input from its distribution. The Monte "
                        + "Carlo standard error (the standard deviation over replications divided by √n; √(p(1−p)/n) "
                        + "for the probability of saving) is how far the mean NPV and that probability could still move "
                        + "with more replications, not the spread of outcomes. Tornado and switching values use ").append(settings.sensitivityReplications())
                .append(" replications per point and stress tests ").append(settings.stressReplications())
                .append(": on common random numbers differences between runs are precise with few replications.</li>")
                .append("<li><strong>Payback</strong> is the first month from which the cumulative net saving never "
                        + "falls below zero again; <strong>peak funding</strong> the deepest point of the cumulative "
                        + "net cash flow.</li></ul></section>\n");
    }

    private void reproducibility(LocalDate date) {
        html.append("<section id=\"reproducibility\"><h2>Reproducibility</h2><dl class=\"stamp\">")
                .append("<dt>onepool version</dt><dd>").append(e(summary.version())).append("</dd>")
                .append("<dt>Scenario file</dt><dd>").append(e(summary.scenario().file())).append("</dd>")
                .append("<dt>Scenario SHA-256</dt><dd><code>").append(e(summary.scenario().sha256())).append("</code></dd>")
                .append("<dt>Seed</dt><dd>").append(summary.seed()).append("</dd>")
                .append("<dt>Replications</dt><dd>").append(summary.replications()).append("</dd>")
                .append("<dt>Date</dt><dd>").append(date).append("</dd></dl>")
                .append("<p class=\"note\">The same scenario file, seed and replications give the same results on any "
                        + "machine and thread count.</p></section>\n");
    }
}
