package org.onepool.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.onepool.model.projection.Band;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ProjectionMeasure;

/**
 * The Workforce section's small multiples: for each partner (its total over job families) and the whole
 * partnership, one small line chart per measure, financial year along the bottom; business as usual and
 * each option as a solid line (mean over replications) with its P10 and P90 dashed.
 */
final class ProjectionCharts {
    static final int WIDTH = 560;
    static final int HEIGHT = 340;
    /** The measures drawn, with their titles. */
    static final Map<ProjectionMeasure, String> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put(ProjectionMeasure.STAFF_IN_POST, "Staff in post at year end");
        MEASURES.put(ProjectionMeasure.VACANCIES_YEAR_END, "Vacancies at year end");
        MEASURES.put(ProjectionMeasure.LEAVERS, "Leavers in the year");
        MEASURES.put(ProjectionMeasure.AGENCY_FTE, "Agency staff (FTE, year average)");
    }

    private ProjectionCharts() {
    }

    /** The chart's file stem for a row and measure. */
    static String key(Projection projection, int row, ProjectionMeasure measure) {
        return "workforce-" + Charts.fileSafe(projection.rows().get(row).partnerId()) + "-" + measure.id();
    }

    /** Every small multiple, by file stem, partner by partner then the partnership. */
    static Map<String, XYChart> all(Projection projection) {
        Map<String, XYChart> charts = new LinkedHashMap<>();
        for (int row : WorkforceView.partnerRows(projection)) {
            for (ProjectionMeasure m : MEASURES.keySet()) charts.put(key(projection, row, m), chart(projection, row, m));
        }
        return charts;
    }

    private static XYChart chart(Projection projection, int row, ProjectionMeasure measure) {
        // Small and many: no legend or axis titles (the section's key and each title say them once), since
        // every glyph is a path in the SVG.
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(Charts.label(MEASURES.get(measure))).build();
        Charts.axes(chart.getStyler());
        var styler = chart.getStyler();
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setMarkerSize(0);
        styler.setLegendVisible(false);
        styler.setXAxisTitleVisible(false);
        styler.setYAxisTitleVisible(false);
        styler.setXAxisDecimalPattern("0");
        styler.setYAxisDecimalPattern("#,##0");
        List<Double> years = new ArrayList<>();
        for (String label : projection.years()) years.add(Double.parseDouble(label.substring(0, 4)));
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0);
        int colour = 0;
        for (int a = 0; a < projection.arms().size(); a++) {
            Projection.Arm arm = projection.arms().get(a);
            if (arm.difference()) continue;
            Color c = Charts.PALETTE[colour++ % Charts.PALETTE.length];
            List<Double> mean = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                Band s = projection.get(a, row, y, measure);
                mean.add(s.mean());
                low.add(s.p10());
                high.add(s.p90());
            }
            String name = Charts.label(Charts.shorten(arm.name()));
            XYSeries p10 = chart.addSeries(name + " P10", years, low);
            p10.setMarker(SeriesMarkers.NONE).setLineColor(c).setLineStyle(dashed).setShowInLegend(false);
            XYSeries p90 = chart.addSeries(name + " P90", years, high);
            p90.setMarker(SeriesMarkers.NONE).setLineColor(c).setLineStyle(dashed).setShowInLegend(false);
            XYSeries line = chart.addSeries(name, years, mean);
            line.setMarker(SeriesMarkers.NONE).setLineColor(c).setLineWidth(2.5f);
        }
        return chart;
    }
}
