package org.onepool.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.onepool.model.data.BacktestComparison;
import org.onepool.model.data.BacktestResult;

/**
 * One chart per partner and measure: for each job family and year, the simulated P10 to P90 as a bar
 * and what happened as a dot. A dot inside its bar is a year the model described.
 */
final class BacktestCharts {
    private static final Map<String, String> TITLES = Map.of("leavers", "Leavers a year",
            "hires", "Hires from outside a year", "openVacancies", "Open vacancies (mean of month ends)");

    private BacktestCharts() {
    }

    /** Charts by file stem, partner by partner. */
    static Map<String, XYChart> all(BacktestResult result) {
        Map<String, XYChart> charts = new LinkedHashMap<>();
        List<String> partners = result.comparisons().stream().map(BacktestComparison::partner).distinct().toList();
        for (String partner : partners) {
            for (String measure : List.of("leavers", "hires", "openVacancies")) {
                List<BacktestComparison> rows = result.comparisons().stream()
                        .filter(c -> c.partner().equals(partner) && c.measure().equals(measure)).toList();
                if (!rows.isEmpty()) charts.put("backtest-" + Charts.fileSafe(partner) + "-" + measure, chart(partner, measure, rows));
            }
        }
        return charts;
    }

    static String title(String measure) {
        return TITLES.getOrDefault(measure, measure);
    }

    private static XYChart chart(String partner, String measure, List<BacktestComparison> rows) {
        XYChart chart = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT - 80)
                .title(Charts.label(partner) + ": " + title(measure) + ", simulated P10–P90 and actual")
                .xAxisTitle("Year, by job family: bars simulated P10 to P90, dots what happened").yAxisTitle(measure.equals("openVacancies") ? "Posts" : "People").build();
        Charts.axes(chart.getStyler());
        List<String> families = rows.stream().map(BacktestComparison::jobFamily).distinct().toList();
        List<String> years = rows.stream().map(BacktestComparison::year).distinct().toList();
        double top = rows.stream().mapToDouble(r -> Math.max(r.p90(), r.actual())).max().orElse(1);
        // Years are written under their bars as annotations, in a strip below zero.
        double labelY = -0.06 * top;
        chart.getStyler().setYAxisMin(-0.12 * top);
        chart.getStyler().setXAxisTicksVisible(false);
        for (int f = 0; f < families.size(); f++) {
            Color colour = Charts.PALETTE[f % Charts.PALETTE.length];
            List<Double> bandX = new ArrayList<>();
            List<Double> bandY = new ArrayList<>();
            List<Double> dotX = new ArrayList<>();
            List<Double> dotY = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                double x = f * (years.size() + 1) + y + 1;
                String family = families.get(f);
                String year = years.get(y);
                BacktestComparison c = rows.stream().filter(r -> r.jobFamily().equals(family) && r.year().equals(year))
                        .findFirst().orElse(null);
                if (c == null) continue;
                bandX.add(x);
                bandY.add(c.p10());
                bandX.add(x);
                bandY.add(c.p90());
                bandX.add(x);
                bandY.add(Double.NaN);
                dotX.add(x);
                dotY.add(c.actual());
                AnnotationText label = new AnnotationText(Charts.label(year), x, labelY, false);
                chart.addAnnotation(label);
            }
            XYSeries band = chart.addSeries(Charts.label(families.get(f)), bandX, bandY);
            band.setMarker(SeriesMarkers.NONE).setLineColor(blend(colour)).setLineWidth(14f);
            band.setLineStyle(new BasicStroke(14f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            XYSeries dots = chart.addSeries(Charts.label(families.get(f)) + " actual", dotX, dotY);
            dots.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(colour).setLineStyle(SeriesLines.NONE).setShowInLegend(false);
        }
        XYSeries ends = chart.addSeries("ends", List.of(0.0, (double) families.size() * (years.size() + 1)), List.of(0.0, 0.0));
        ends.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY).setLineWidth(1f).setShowInLegend(false);
        chart.getStyler().setMarkerSize(12);
        chart.getStyler().setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 15));
        return chart;
    }

    /** The colour lightened, so the actual's dot stands out on its bar. */
    private static Color blend(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }
}
