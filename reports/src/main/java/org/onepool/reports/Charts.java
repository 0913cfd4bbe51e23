package org.onepool.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Summary;

/**
 * The report's charts, built with XChart: titled, axes with units, an Okabe–Ito colour-blind-safe
 * palette, fonts sized for slides. Labels from the scenario are passed through {@link #label} so that
 * nothing in them can act as markup once the chart is written as SVG.
 */
public final class Charts {
    /** Okabe and Ito (2008): distinguishable with every common colour-vision deficiency. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};
    static final int WIDTH = 1200;
    static final int HEIGHT = 640;

    private Charts() {
    }

    /** Every chart of the report, by file stem, in report order. */
    static Map<String, org.knowm.xchart.internal.chartpart.Chart<?, ?>> all(ExperimentResult result) {
        Map<String, org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = new LinkedHashMap<>();
        Summary s = result.summary();
        if (s.options().isEmpty()) return charts;
        charts.put("fan-chart", fan(s));
        charts.put("net-saving-by-year", byYear(s));
        charts.put("savings-by-category", byCategory(s));
        charts.put("partners-net-npv", partners(s));
        charts.put("workforce", workforce(s));
        for (int k = 0; k < s.options().size(); k++) {
            Summary.OptionResult o = s.options().get(k);
            if (!o.tornado().isEmpty()) charts.put("tornado-" + fileSafe(o.id()), tornado(o, k));
        }
        if (result.projection() != null) charts.putAll(ProjectionCharts.all(result.projection()));
        return charts;
    }

    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Text from the scenario, made inert for SVG: markup characters replaced by look-alikes. */
    public static String label(String text) {
        return text.replace('<', '\u2039').replace('>', '\u203A').replace("&", "and");
    }

    /** The house style every chart shares: the palette, white ground, legend below, anti-aliased. */
    public static void style(Styler styler) {
        styler.setSeriesColors(PALETTE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartPadding(14);
        styler.setAntiAlias(true);
    }

    static void axes(org.knowm.xchart.style.AxesChartStyler styler) {
        style(styler);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setAxisTicksMarksVisible(false);
    }

    private static XYChart fan(Summary s) {
        double largest = 0;
        for (Summary.OptionResult o : s.options()) {
            for (Summary.MonthBand b : o.cumulative()) largest = Math.max(largest, Math.max(Math.abs(b.p90()), Math.abs(b.p10())));
        }
        MoneyUnit unit = MoneyUnit.of(largest);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Cumulative net saving: median (solid) and P10–P90 (dashed)").xAxisTitle("Months from start")
                .yAxisTitle(unit.title()).build();
        axes(chart.getStyler());
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        chart.getStyler().setYAxisDecimalPattern(unit.divisor() == 1e6 && largest < 2e7 ? "#,##0.0" : "#,##0");
        List<Double> months = new ArrayList<>();
        for (Summary.MonthBand b : s.options().get(0).cumulative()) months.add((double) b.month());
        for (int k = 0; k < s.options().size(); k++) {
            Summary.OptionResult o = s.options().get(k);
            Color colour = PALETTE[k % PALETTE.length];
            XYSeries band = chart.addSeries(label(o.name()) + " P10", months, scaled(o.cumulative(), 10, unit), null);
            band.setMarker(SeriesMarkers.NONE).setLineColor(colour).setLineWidth(1.5f).setShowInLegend(false);
            band.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            XYSeries high = chart.addSeries(label(o.name()) + " P90", months, scaled(o.cumulative(), 90, unit), null);
            high.setMarker(SeriesMarkers.NONE).setLineColor(colour).setLineWidth(1.5f).setShowInLegend(false);
            high.setLineStyle(band.getLineStyle());
            XYSeries median = chart.addSeries(label(shorten(o.name())), months, scaled(o.cumulative(), 50, unit), null);
            median.setMarker(SeriesMarkers.NONE).setLineColor(colour).setLineWidth(3.5f);
        }
        XYSeries zero = chart.addSeries("Break-even", List.of(months.get(0), months.get(months.size() - 1)),
                List.of(0.0, 0.0));
        zero.setMarker(SeriesMarkers.NONE).setLineColor(Color.BLACK).setLineWidth(1.5f);
        return chart;
    }

    private static List<Double> scaled(List<Summary.MonthBand> bands, int percentile, MoneyUnit unit) {
        List<Double> out = new ArrayList<>(bands.size());
        for (Summary.MonthBand b : bands) {
            double v = percentile == 10 ? b.p10() : percentile == 90 ? b.p90() : b.p50();
            out.add(v / unit.divisor());
        }
        return out;
    }

    private static CategoryChart bars(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        axes(chart.getStyler());
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setOverlapped(false);
        return chart;
    }

    private static CategoryChart byYear(Summary s) {
        return moneyBars(s, "Net saving by financial year (mean)", "Financial year", 0,
                Summary.OptionResult::byFinancialYear, Summary.YearAmount::year, y -> y.netSaving().mean());
    }

    private static CategoryChart byCategory(Summary s) {
        return moneyBars(s, "Net saving by category over the horizon (mean)", "Cost category (C = cashable)", 30,
                Summary.OptionResult::byCategory,
                c -> ReportText.category(c.category()) + (c.cashable() ? " (C)" : ""), c -> c.netSaving().mean());
    }

    private static CategoryChart partners(Summary s) {
        return moneyBars(s, "Net NPV by partner (median; (!) pays more than it gains)", "Partner", 30,
                Summary.OptionResult::byPartner, p -> label(shorten(p.name())) + (p.flagged() ? " (!)" : ""),
                p -> p.netNpv().p50());
    }

    /** A series of bars per option, one bar per item, in £ thousand or £ million as the largest amount needs. */
    private static <T> CategoryChart moneyBars(Summary s, String title, String xTitle, int labelRotation,
                                               Function<Summary.OptionResult, List<T>> items, Function<T, String> name,
                                               ToDoubleFunction<T> amount) {
        MoneyUnit unit = MoneyUnit.of(s.options().stream().flatMap(o -> items.apply(o).stream())
                .mapToDouble(item -> Math.abs(amount.applyAsDouble(item))).max().orElse(0));
        CategoryChart chart = bars(title, xTitle, unit.title());
        if (labelRotation != 0) chart.getStyler().setXAxisLabelRotation(labelRotation);
        for (Summary.OptionResult o : s.options()) {
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (T item : items.apply(o)) {
                names.add(name.apply(item));
                values.add(amount.applyAsDouble(item) / unit.divisor());
            }
            chart.addSeries(label(shorten(o.name())), names, values);
        }
        return chart;
    }

    private static CategoryChart workforce(Summary s) {
        CategoryChart chart = bars("Workforce indicators: business as usual and options (mean)", "Indicator",
                "Per cent");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        List<String> names = List.of("Annual turnover", "Vacancy rate");
        chart.addSeries("Business as usual", names, percents(s.baseline().workforce()));
        for (Summary.OptionResult o : s.options()) chart.addSeries(label(shorten(o.name())), names, percents(o.workforce()));
        return chart;
    }

    private static List<Double> percents(Summary.Workforce w) {
        return List.of(w.get("annualTurnoverRate").mean() * 100, w.get("vacancyRate").mean() * 100);
    }

    private static CategoryChart tornado(Summary.OptionResult o, int index) {
        MoneyUnit unit = MoneyUnit.of(o.tornado().stream()
                .mapToDouble(b -> Math.max(Math.abs(b.npvAtLow()), Math.abs(b.npvAtHigh()))).max().orElse(0));
        CategoryChart chart = bars("What drives the answer: " + label(shorten(o.name())),
                "Input (set to its P10 and P90)", "Median NPV, " + unit.title());
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setSeriesColors(new Color[] {PALETTE[3], PALETTE[0]});
        List<String> inputs = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (Summary.TornadoBar bar : o.tornado()) {
            inputs.add(label(shorten(bar.label())));
            low.add(bar.npvAtLow() / unit.divisor());
            high.add(bar.npvAtHigh() / unit.divisor());
        }
        chart.addSeries("Input at P10", inputs, low);
        chart.addSeries("Input at P90", inputs, high);
        return chart;
    }

    /** Divisor and axis title for money: £ thousand, or £ million when amounts run into the millions. */
    record MoneyUnit(double divisor, String title) {
        static MoneyUnit of(double largest) {
            return Math.abs(largest) >= 5e6 ? new MoneyUnit(1e6, "£ million") : new MoneyUnit(1e3, "£ thousand");
        }
    }

    static String shorten(String text) {
        return text.length() <= 38 ? text : text.substring(0, 36) + "…";
    }

}
