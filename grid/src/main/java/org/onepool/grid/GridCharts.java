package org.onepool.grid;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.onepool.reports.ChartFiles;
import org.onepool.reports.Charts;

/** The grid report's line charts (XChart, inline SVG): one line per stress. */
final class GridCharts {
    /** One line of a chart: its name and points (y may be null where there is no value). */
    record Line(String name, List<Double> xs, List<Double> ys) {
    }

    private GridCharts() {
    }

    static String svg(String title, String xTitle, String yTitle, List<Line> lines, boolean zeroLine, String id)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(520).title(Charts.label(title)).xAxisTitle(Charts.label(xTitle))
                .yAxisTitle(Charts.label(yTitle)).build();
        var styler = chart.getStyler();
        Charts.style(styler);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setAxisTicksMarksVisible(false);
        styler.setMarkerSize(8);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < line.xs().size(); i++) {
                if (line.ys().get(i) == null) continue;
                xs.add(line.xs().get(i));
                ys.add(line.ys().get(i));
                low = Math.min(low, line.xs().get(i));
                high = Math.max(high, line.xs().get(i));
            }
            if (xs.isEmpty()) continue;
            chart.addSeries(Charts.label(line.name()), xs, ys).setLineWidth(3f);
        }
        if (zeroLine && low <= high) {
            XYSeries zero = chart.addSeries("NPV zero", List.of(low, high), List.of(0.0, 0.0));
            zero.setMarker(SeriesMarkers.NONE).setLineColor(Color.BLACK).setLineWidth(1.5f);
            zero.setLineStyle(new BasicStroke(1.5f));
        }
        byte[] svg = ChartEncoder.getBytes(chart, "svg");
        return ChartFiles.inline(new String(svg, StandardCharsets.UTF_8), id);
    }
}
