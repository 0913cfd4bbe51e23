package org.onepool.reports;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onepool.model.data.BacktestComparison;
import org.onepool.model.data.BacktestResult;

/**
 * The back-test as a report section ({@code <section id="backtest">}), on a page of its own that prints on
 * A4 with the report's style. Counts resting on fewer than five people are shown as such, not as numbers.
 */
final class BacktestHtml {
    private final BacktestResult result;
    private final StringBuilder html = new StringBuilder(32 * 1024);

    private BacktestHtml(BacktestResult result) {
        this.result = result;
    }

    static String page(BacktestResult result, boolean inSample, Map<String, String> charts, LocalDate date) {
        return new BacktestHtml(result).build(inSample, charts, date);
    }

    private static String e(String text) {
        return text == null ? "" : escapeHtml4(text);
    }

    private String build(boolean inSample, Map<String, String> charts, LocalDate date) {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(e(result.scenario())).append(" — onepool back-test</title>\n<style>").append(ReportStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<header><p class=\"kicker\">Back-test</p><h1>")
                .append(e(result.scenario())).append("</h1><p class=\"meta\">Business as usual from ").append(e(result.from()))
                .append(" for ").append(result.years()).append(result.years() == 1 ? " year" : " years").append(" · ")
                .append(result.replications()).append(" replications · seed ").append(result.seed()).append(" · run ")
                .append(date).append("</p></header>\n");
        section(inSample, charts);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The section itself, as the report includes it. */
    private void section(boolean inSample, Map<String, String> charts) {
        int inside = (int) result.comparisons().stream().filter(BacktestComparison::inside).count();
        html.append("<section id=\"backtest\"><h2>Does the model reproduce what happened?</h2>")
                .append("<p class=\"lede\">").append(inside).append(" of ").append(result.comparisons().size())
                .append(" yearly actuals (").append(Formats.percent(result.coverage()))
                .append(") fall within the simulated 10th to 90th percentiles. A model that describes these years well "
                        + "puts about 80% inside: much less means the model misses something; much more, that its "
                        + "bands are too wide to say much.</p>");
        html.append("<table><thead><tr><th>Measure</th><th>Yearly actuals</th><th>Inside P10–P90</th><th>Share</th></tr>"
                + "</thead><tbody>");
        for (BacktestResult.Coverage c : result.coverageByMeasure()) {
            html.append("<tr><th>").append(BacktestCharts.title(c.measure())).append("</th><td>").append(c.comparisons())
                    .append("</td><td>").append(c.inside()).append("</td><td>").append(Formats.percent(c.share()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table><p class=\"note\">").append(inSample
                ? "In sample: the leaving rates, reason shares and recruitment figures were estimated from records that "
                + "include these years, so this shows the model reproduces them, not that it forecasts. Import with "
                + "--fit-until before the back-test's start for a test out of sample."
                : "Out of sample: the rates were estimated from records before the back-test's start.").append("</p>");
        List<String> partners = result.comparisons().stream().map(BacktestComparison::partner).distinct().toList();
        for (String partner : partners) {
            html.append("<h3>").append(e(result.partnerNames().getOrDefault(partner, partner))).append("</h3>");
            for (var chart : charts.entrySet()) {
                if (chart.getKey().startsWith("backtest-" + Charts.fileSafe(partner) + "-")) {
                    html.append("<figure>").append(chart.getValue()).append("</figure>");
                }
            }
            table(partner);
        }
        bias();
        html.append("<h3>How it was done</h3><ul>")
                .append("<li>The staff in post at the start were rebuilt from the staff list (those who had joined by then) "
                        + "and the leavers list (those who left after it); the establishment is those staff plus the posts "
                        + "the vacancy log shows open then.</li>")
                .append("<li>Each replication draws the uncertain inputs (the leaving rates across their 95% intervals, "
                        + "and the rest) and runs business as usual, so the bands hold both the chance in who leaves and the "
                        + "uncertainty of the estimates.</li>")
                .append("<li>Leavers are of every reason (retirement included); hires are joiners from outside (filled "
                        + "external campaigns in the log); open vacancies are the mean of the twelve month-end counts.</li>")
                .append("<li>The posts open at the start begin as fresh campaigns (the model does not know how far their "
                        + "recruitment had gone), so the first year's open vacancies run somewhat high.</li>")
                .append("<li>Counts of fewer than five people are shown as “fewer than 5”.</li>");
        for (String note : result.notes()) html.append("<li>").append(e(note)).append(".</li>");
        html.append("</ul></section>\n");
    }

    private void table(String partner) {
        html.append("<table><thead><tr><th>Job family</th><th>Measure</th><th>Year</th><th>Actual</th><th>P10</th>"
                + "<th>Median</th><th>P90</th><th>Inside</th></tr></thead><tbody>");
        for (BacktestComparison c : result.comparisons()) {
            if (!c.partner().equals(partner)) continue;
            html.append(c.inside() ? "<tr>" : "<tr class=\"outside\">").append("<th>").append(e(c.jobFamily()))
                    .append("</th><td>").append(BacktestCharts.title(c.measure())).append("</td><td>").append(e(c.year()))
                    .append("</td><td>").append(c.smallCell() ? "fewer than 5" : number(c.actual(), c.measure()))
                    .append("</td><td>").append(number(c.p10(), c.measure())).append("</td><td>")
                    .append(number(c.p50(), c.measure())).append("</td><td>").append(number(c.p90(), c.measure()))
                    .append("</td><td>").append(c.inside() ? "yes" : "no").append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void bias() {
        html.append("<h3>Bias: simulated mean minus actual, a year</h3><table><thead><tr><th>Partner</th><th>Job family</th>"
                + "<th>Measure</th><th>Actual a year</th><th>Simulated a year</th><th>Bias</th><th>Relative</th></tr></thead><tbody>");
        for (BacktestResult.Bias b : result.bias()) {
            boolean small = !b.measure().equals("openVacancies") && b.actualPerYear() > 0
                    && b.actualPerYear() * result.years() < 5;
            html.append("<tr><th>").append(e(b.partner())).append("</th><td>").append(e(b.jobFamily())).append("</td><td>")
                    .append(BacktestCharts.title(b.measure())).append("</td><td>")
                    .append(small ? "fewer than 5 in all" : number(b.actualPerYear(), "openVacancies")).append("</td><td>")
                    .append(number(b.simulatedPerYear(), "openVacancies")).append("</td><td>")
                    .append(String.format(Locale.UK, "%+.1f", b.bias())).append("</td><td>")
                    .append(Double.isNaN(b.relativeBias()) ? "n/a" : String.format(Locale.UK, "%+.0f%%", 100 * b.relativeBias()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String number(double v, String measure) {
        return measure.equals("openVacancies") ? String.format(Locale.UK, "%.1f", v) : String.format(Locale.UK, "%.0f", v);
    }
}
