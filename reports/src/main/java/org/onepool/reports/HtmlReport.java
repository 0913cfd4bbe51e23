package org.onepool.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.onepool.model.experiment.AppraisalYear;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.InputLabels;
import org.onepool.model.experiment.Summary;
import org.onepool.model.experiment.WorkforceIndicators;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Scenario;

/**
 * report.html (template report.jte): one self-contained page (styles and charts inline, nothing fetched),
 * laid out to print on A4. This class is what the template reads: the result, the charts' SVG, and the
 * few phrases worked out from the figures.
 */
final class HtmlReport {
    private final ExperimentResult result;
    private final Scenario scenario;
    private final Map<String, String> charts;
    private final LocalDate date;

    private HtmlReport(ExperimentResult result, Scenario scenario, Map<String, String> charts, LocalDate date) {
        this.result = result;
        this.scenario = scenario;
        this.charts = charts;
        this.date = date;
    }

    static String render(ExperimentResult result, Scenario scenario, Map<String, String> charts, LocalDate date) {
        return Templates.render("report.jte", new HtmlReport(result, scenario, charts, date));
    }

    /** A row of the options table: a measure and its value for each option, in option order. */
    record Row(String label, List<String> cells) {
    }

    Summary summary() {
        return result.summary();
    }

    String description() {
        return scenario.description();
    }

    String date() {
        return date.toString();
    }

    /**
     * What each contractor's contract does to the tables by partner, one sentence each (names as the user wrote
     * them: the template escapes them); empty when there is no contractor.
     */
    List<String> contractNotes() {
        List<String> out = new java.util.ArrayList<>();
        for (var p : scenario.partners()) {
            if (p.contract() == null) continue;
            String council = scenario.partners().stream().filter(q -> q.id().equals(p.contract().commissionedBy()))
                    .map(org.onepool.model.scenario.Partner::name).findFirst().orElse(p.contract().commissionedBy());
            String pooled = p.inPartnership() ? "its staff may join the partnership's options"
                    : "its staff are outside the partnership: no option reaches them and it pays nothing";
            String costs = p.contract().costsFallToCommissioner()
                    ? "; its costs fall to " + council + " and are shown in that council's rows" : "; it bears its own costs";
            out.add(p.name() + " is a contractor of " + council + ": " + pooled + costs + ".");
        }
        return out;
    }

    List<AppraisalYear> years() {
        return result.years();
    }

    List<Assumption> assumptions() {
        return result.assumptions();
    }

    List<String> indicatorNames() {
        return WorkforceIndicators.NAMES;
    }

    /** A chart's SVG markup, or null when the run drew none. */
    String chart(String name) {
        return charts.get(name);
    }

    /** The Workforce section's projection, or null when the run made none. */
    WorkforceView workforce() {
        return result.projection() == null ? null : new WorkforceView(result.projection(), charts);
    }

    String tornadoChart(Summary.OptionResult option) {
        return chart("tornado-" + Charts.fileSafe(option.id()));
    }

    boolean deploymentCompared() {
        return summary().options().stream().anyMatch(o -> o.deployment() != null);
    }

    String label(Assumption assumption) {
        return InputLabels.of(scenario, assumption.path());
    }

    List<Row> optionRows() {
        return List.of(
                row("NPV, median", o -> Formats.money(o.npv().p50())),
                row("NPV, P10 to P90", o -> Formats.money(o.npv().p10()) + " to " + Formats.money(o.npv().p90())),
                row("Probability of saving", o -> Formats.percent(o.probabilityNpvPositive())),
                row("Monte Carlo standard error: mean NPV; probability",
                        o -> monteCarloError(o.monteCarloStandardError(), summary().replications())),
                row("Payback in cash (financial case)", o -> payback(o.financial().paybackMonth())),
                row("Peak cash funding, median (financial case)", o -> Formats.money(o.financial().peakFunding().p50())),
                row("Discounted payback (economic case)", o -> payback(o.discountedPaybackMonth())),
                row("Investment (with optimism bias)", o -> Formats.money(o.investment().mean())),
                row("Benefit–cost ratio (Green Book), from expected values", HtmlReport::bcr),
                row("Return on investment, median", o -> Formats.percent(o.roi().p50())),
                row("Cashable savings, mean", o -> Formats.money(o.cashableSaving().mean())),
                row("Non-cashable savings, mean", o -> Formats.money(o.nonCashableSaving().mean())));
    }

    /** A row of the table of what each option does: one intervention, its timing and its central costs. */
    record InterventionRow(String option, String name, String starts, String leadIn, String rampUp, String ends,
                           String setupCost, String runningCost, String posts) {
    }

    /** Every option's interventions, in file order: when each costs money, and when it acts. */
    List<InterventionRow> interventionRows() {
        String start = summary().startMonth();
        return scenario.options().stream().flatMap(o -> o.interventions().stream().map(in -> new InterventionRow(
                o.name(), in.label(), Formats.month(in.startMonth(), start), months(in.leadInMonths()),
                months(in.rampUpMonths()),
                ends(in, start),
                Formats.money(in.setupCostGbp().central()) + (in.doseResponse() != null ? " + its budget plan's spend" : ""),
                Formats.money(in.runningCostGbpPerYear().central()) + " a year", posts(in)))).toList();
    }

    /** "−14 FTE Directorate HR administrators at occ (£19,000 each a year)"; "none". */
    private static String posts(Intervention in) {
        if (in.staffCostChanges().isEmpty()) return "none";
        return in.staffCostChanges().stream().map(c -> (c.fteChange() < 0 ? "\u2212" : "+")
                + fte(Math.abs(c.fteChange())) + " FTE " + c.role() + " at " + c.partner() + " ("
                + Formats.money(c.costPerFteGbpPerYear().central()) + " each a year)")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String fte(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.UK, "%.1f", v);
    }

    private static String ends(Intervention in, String start) {
        if (in.endMonth() == null) return "runs to the end";
        String end = Formats.month(in.endMonth(), start);
        return in.decayHalfLifeMonths() == null ? end
                : end + "; then fades, halving every " + months(in.decayHalfLifeMonths());
    }

    private static String months(int n) {
        return n == 0 ? "none" : n == 1 ? "1 month" : n + " months";
    }

    private Row row(String label, Function<Summary.OptionResult, String> cell) {
        return new Row(label, summary().options().stream().map(cell).toList());
    }

    String payback(Summary.Payback p) {
        if (p.p50() == null || p.neverShare() >= 0.5) {
            return "not within the horizon in " + Formats.percent(p.neverShare()) + " of replications";
        }
        String text = Formats.month(p.p50().intValue(), summary().startMonth());
        return p.neverShare() > 0 ? text + "; never in " + Formats.percent(p.neverShare()) : text;
    }

    /**
     * "± £12k; ± 2.1 points". When every replication agrees the probability's standard error is 0, which
     * would read as certainty: the report says so in words (the method gives the rule of three).
     */
    static String monteCarloError(Summary.MonteCarloError error, int replications) {
        if (error == null || error.npvMeanGbp() == null) return "n/a (one replication)";
        String npv = "± " + Formats.money(error.npvMeanGbp()) + "; ";
        if (error.probabilityNpvPositive() == 0) return npv + "all " + replications + " replications agree";
        return npv + "± " + String.format(Locale.UK, "%.1f", 100 * error.probabilityNpvPositive()) + " points";
    }

    static String flagged(Summary.OptionResult o) {
        List<String> names = o.byPartner().stream().filter(Summary.PartnerPosition::flagged)
                .map(Summary.PartnerPosition::name).toList();
        return names.isEmpty() ? "none" : names.size() + ": " + String.join(", ", names);
    }

    /** A change in a rate as points, median and P10 to P90: "−1.8 (−3.0 to −0.5)". */
    static String points(org.onepool.model.experiment.Stats s) {
        return WorkforceView.signed(s.p50() * 100) + " (" + WorkforceView.signed(s.p10() * 100) + " to "
                + WorkforceView.signed(s.p90() * 100) + ")";
    }

    static String moneyBand(org.onepool.model.experiment.Stats s) {
        return Formats.money(s.p50()) + " (" + Formats.money(s.p10()) + " to " + Formats.money(s.p90()) + ")";
    }

    static String countBand(org.onepool.model.experiment.Stats s) {
        return WorkforceView.signed(s.p50()) + " (" + WorkforceView.signed(s.p10()) + " to " + WorkforceView.signed(s.p90()) + ")";
    }

    /** What a stop rule reviews, in words. */
    static String stopIndicator(String indicator) {
        return "vacancyMonths".equals(indicator) ? "Vacancy-months against business as usual" : indicator;
    }

    /** The partners whose median net NPV is negative under a stress, with it; "none". */
    static String flaggedUnderStress(Summary.StressResult r) {
        List<String> names = r.byPartner().stream().filter(Summary.StressPartner::flagged)
                .map(p -> p.name() + " " + Formats.money(p.netNpv().p50())).toList();
        return names.isEmpty() ? "none" : String.join("; ", names);
    }

    /**
     * The Green Book BCR as the report reads it: from expected present values, so it is above 1 exactly when
     * the expected NPSV is positive. The headline NPSV is the median; where the two disagree in sign (a skewed
     * spread of outcomes) the text says so, so that a ratio below 1 never sits unexplained beside a positive
     * NPSV. No ratio where the option pays for itself.
     */
    public static String bcr(Summary.OptionResult o) {
        Summary.Economic e = o.economic();
        if (e.bcr() == null) {
            // No net public cost: a ratio would divide by a saving. Say what the two PVs are instead.
            String saved = Formats.money(-e.expectedNetPublicCostPv());
            String social = Formats.money(Math.abs(e.expectedSocialBenefitsPv()));
            return e.expectedSocialBenefitsPv() < 0
                    ? "none: no net public cost — it is expected to save public budgets " + saved + " net of its costs, "
                            + "at a loss of " + social + " of value that is not cash (read the NPSV)"
                    : "none: no net public cost — it is expected to save public budgets " + saved + " net of its costs "
                            + "and add " + social + " of value that is not cash (it pays for itself; read the NPSV)";
        }
        String text = ratio(e.bcr());
        if (e.bcr() < 0) {
            text += " (below zero: besides a net public cost of " + Formats.money(e.expectedNetPublicCostPv())
                    + " it loses " + Formats.money(-e.expectedSocialBenefitsPv()) + " of value that is not cash)";
        }
        double mean = e.npsv().mean();
        double median = e.npsv().p50();
        if (median > 0 && mean <= 0) {
            text += " (below 1 although the median NPSV is positive: the expected NPSV, " + Formats.money(mean)
                    + ", is pulled down by the runs that lose most)";
        } else if (median <= 0 && mean > 0) {
            text += " (above 1 although the median NPSV is not positive: the expected NPSV, " + Formats.money(mean)
                    + ", is lifted by the runs that save most)";
        }
        return text;
    }

    /** The pay awards and price inflation the financial case uprates by, each with its source, in words. */
    List<String> nominalBands() {
        return scenario.appraisal().nominal().stream().map(b -> "from " + b.fromYear() + ": pay awards "
                + rate(b.payAward()) + " a year, price inflation " + rate(b.priceInflation())
                + " a year" + (b.source() == null ? "" : " (" + b.source() + ")")).toList();
    }

    /** A yearly rate to a tenth of a point (3.2%), as awards and forecasts are stated. */
    static String rate(double share) {
        return String.format(Locale.UK, "%.1f%%", 100 * share);
    }

    String priceBase() {
        return summary().options().isEmpty() ? "" : summary().options().get(0).economic().priceBase();
    }

    /** The first five financial years (or fewer), the years a budget book plans. */
    int planYears() {
        return Math.min(5, result.years().size());
    }

    static String ratio(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    static String number(double v) {
        return Math.abs(v) >= 1000 ? Formats.count(v) : String.format(Locale.UK, "%.3g", v);
    }

    static String evidence(Assumption a) {
        return a.input().evidence() == null ? "" : a.input().evidence().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The option in sentences a presenter can read aloud: what it costs, what it saves and in which case,
     * how sure, when it pays back, and the two inputs that swing it most with their evidence grades.
     */
    String readAloud(Summary.OptionResult o) {
        StringBuilder text = new StringBuilder();
        int years = summary().horizonMonths() / 12;
        text.append(o.name()).append(" costs ").append(Formats.money(o.investment().mean()))
                .append(" over ").append(years).append(" years, optimism bias included. ");
        text.append("As value to the public sector (the economic case, discounted) its net present social value is ")
                .append(Formats.money(o.npv().p50())).append(" (median; 8 in 10 runs between ")
                .append(Formats.money(o.npv().p10())).append(" and ").append(Formats.money(o.npv().p90()))
                .append("), positive in ").append(Formats.percent(o.probabilityNpvPositive()))
                .append(" of runs; of its saving before discounting, ").append(Formats.money(o.cashableSaving().mean()))
                .append(" is cashable and ").append(Formats.money(o.nonCashableSaving().mean()))
                .append(" is value that is not cash (capacity freed, lost service avoided). ");
        text.append("In cash (the financial case: what the partners' budgets see, nominal) it nets ")
                .append(Formats.money(o.financial().totalNetCash().p50())).append(" over the horizon (median) and ")
                .append(o.financial().paybackMonth().p50() == null ? "does not pay back in cash within the horizon"
                        : "pays back in cash " + payback(o.financial().paybackMonth()))
                .append(". ");
        List<Summary.TornadoBar> top = o.tornado().subList(0, Math.min(2, o.tornado().size()));
        if (top.isEmpty()) {
            text.append("No sensitivity analysis was run, so what it rests on is not shown.");
        } else {
            text.append("It rests most on ");
            for (int k = 0; k < top.size(); k++) {
                if (k > 0) text.append(" and ");
                Summary.TornadoBar bar = top.get(k);
                String grade = result.assumptions().stream().filter(a -> a.path().equals(bar.input())).findFirst()
                        .map(HtmlReport::evidence).filter(g -> !g.isEmpty()).orElse("ungraded");
                text.append(bar.label()).append(" (evidence: ").append(grade).append(")");
            }
            text.append(".");
        }
        return text.toString();
    }
}
