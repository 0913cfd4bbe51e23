package org.onepool.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onepool.model.data.BacktestComparison;
import org.onepool.model.data.BacktestResult;

/**
 * backtest.html (template backtest-report.jte): the back-test on a page of its own that prints on A4 with
 * the report's style. This class is what the template reads: the result and the few figures worked out
 * from it.
 */
final class BacktestHtml {
    private final BacktestResult result;
    private final boolean inSample;
    private final Map<String, String> charts;
    private final LocalDate date;

    private BacktestHtml(BacktestResult result, boolean inSample, Map<String, String> charts, LocalDate date) {
        this.result = result;
        this.inSample = inSample;
        this.charts = charts;
        this.date = date;
    }

    static String page(BacktestResult result, boolean inSample, Map<String, String> charts, LocalDate date) {
        return Templates.render("backtest-report.jte", new BacktestHtml(result, inSample, charts, date));
    }

    BacktestResult result() {
        return result;
    }

    boolean inSample() {
        return inSample;
    }

    String date() {
        return date.toString();
    }

    long inside() {
        return result.comparisons().stream().filter(BacktestComparison::inside).count();
    }

    List<String> partners() {
        return result.comparisons().stream().map(BacktestComparison::partner).distinct().toList();
    }

    String partnerName(String partner) {
        return result.partnerNames().getOrDefault(partner, partner);
    }

    /** The partner's charts, inline SVG, in the order they were drawn. */
    List<String> charts(String partner) {
        String prefix = "backtest-" + Charts.fileSafe(partner) + "-";
        return charts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    List<BacktestComparison> comparisons(String partner) {
        return result.comparisons().stream().filter(c -> c.partner().equals(partner)).toList();
    }

    /** Whether a yearly count rests on fewer than five people over the whole back-test. */
    boolean fewerThanFive(BacktestResult.Bias b) {
        return !b.measure().equals("openVacancies") && b.actualPerYear() > 0 && b.actualPerYear() * result.years() < 5;
    }

    static String number(double v, String measure) {
        return measure.equals("openVacancies") ? String.format(Locale.UK, "%.1f", v) : String.format(Locale.UK, "%.0f", v);
    }

    static String signed(double v) {
        return String.format(Locale.UK, "%+.1f", v);
    }

    static String relative(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.UK, "%+.0f%%", 100 * v);
    }
}
