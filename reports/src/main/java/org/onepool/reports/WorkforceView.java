package org.onepool.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onepool.model.projection.Band;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ProjectionMeasure;

/**
 * What the report's Workforce section (template workforce.jte) reads: each partner's projection (its total
 * over job families) and the partnership's, year by year under each arm; the charts; and the table of
 * figures in year 5 and the last year (year 10 in a ten-year appraisal).
 */
final class WorkforceView {
    /** The measures the tables give, with their headings. */
    static final List<ProjectionMeasure> TABLE = List.of(ProjectionMeasure.STAFF_IN_POST, ProjectionMeasure.VACANCIES_YEAR_END,
            ProjectionMeasure.LEAVERS, ProjectionMeasure.AGENCY_FTE);

    private final Projection projection;
    private final Map<String, String> charts;

    WorkforceView(Projection projection, Map<String, String> charts) {
        this.projection = projection;
        this.charts = charts;
    }

    /** One partner's (or the partnership's) part of the section. */
    record Partner(String name, List<String> charts, List<Line> milestones, List<YearRow> years) {
    }

    /** An arm in a table: its name, whether it is a difference, and a cell per column. */
    record Line(String arm, boolean difference, List<String> cells) {
    }

    /** A year of the year-by-year table: a cell per arm (not differences) x measure. */
    record YearRow(String year, List<String> cells) {
    }

    /** Rows of the projection that are a partner's total, then the partnership's. */
    static List<Integer> partnerRows(Projection projection) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < projection.rows().size(); r++) {
            var row = projection.rows().get(r);
            if (row.allFamilies() && !row.allPartners()) rows.add(r);
        }
        rows.add(projection.row("all", "all"));
        return rows;
    }

    List<String> headings() {
        return TABLE.stream().map(m -> ProjectionCharts.MEASURES.get(m)).toList();
    }

    /** Year 5 (when the appraisal reaches it) and the last year, as indexes. */
    List<Integer> milestoneYears() {
        int last = projection.years().size() - 1;
        List<Integer> years = new ArrayList<>();
        if (last > 4) years.add(4);
        years.add(last);
        return years;
    }

    String yearLabel(int year) {
        return "year " + (year + 1) + " (" + projection.years().get(year) + ")";
    }

    /** The key to the charts' colours: each arm that is drawn, with its colour as CSS. */
    List<String[]> key() {
        List<String[]> key = new ArrayList<>();
        int colour = 0;
        for (Projection.Arm arm : projection.arms()) {
            if (arm.difference()) continue;
            java.awt.Color c = Charts.PALETTE[colour++ % Charts.PALETTE.length];
            key.add(new String[] {arm.name(), String.format("#%06X", c.getRGB() & 0xFFFFFF)});
        }
        return key;
    }

    List<String> arms() {
        return projection.arms().stream().filter(a -> !a.difference()).map(Projection.Arm::name).toList();
    }

    List<Partner> partners() {
        List<Partner> out = new ArrayList<>();
        for (int r : partnerRows(projection)) {
            var row = projection.rows().get(r);
            List<String> svgs = new ArrayList<>();
            for (ProjectionMeasure m : ProjectionCharts.MEASURES.keySet()) {
                String svg = charts.get(ProjectionCharts.key(projection, r, m));
                if (svg != null) svgs.add(svg);
            }
            out.add(new Partner(row.allPartners() ? "All partners" : row.partnerName(), svgs, milestones(r), years(r)));
        }
        return out;
    }

    private List<Line> milestones(int row) {
        List<Line> lines = new ArrayList<>();
        for (int a = 0; a < projection.arms().size(); a++) {
            Projection.Arm arm = projection.arms().get(a);
            List<String> cells = new ArrayList<>();
            for (int y : milestoneYears()) {
                for (ProjectionMeasure m : TABLE) {
                    Band s = projection.get(a, row, y, m);
                    cells.add(arm.difference() ? signed(s.mean()) + " (" + signed(s.p10()) + " to " + signed(s.p90()) + ")"
                            : number(s.mean()) + " (" + number(s.p10()) + "–" + number(s.p90()) + ")");
                }
            }
            lines.add(new Line(arm.name(), arm.difference(), cells));
        }
        // Each option's difference straight after the option.
        List<Line> ordered = new ArrayList<>();
        ordered.add(lines.get(0));
        int options = (projection.arms().size() - 1) / 2;
        for (int k = 1; k <= options; k++) {
            ordered.add(lines.get(k));
            ordered.add(lines.get(options + k));
        }
        return ordered;
    }

    private List<YearRow> years(int row) {
        List<YearRow> out = new ArrayList<>();
        for (int y = 0; y < projection.years().size(); y++) {
            List<String> cells = new ArrayList<>();
            for (ProjectionMeasure m : List.of(ProjectionMeasure.STAFF_IN_POST, ProjectionMeasure.LEAVERS, ProjectionMeasure.AGENCY_FTE)) {
                for (int a = 0; a < projection.arms().size(); a++) {
                    if (!projection.arms().get(a).difference()) cells.add(number(projection.get(a, row, y, m).mean()));
                }
            }
            out.add(new YearRow(projection.years().get(y), cells));
        }
        return out;
    }

    static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.UK, "%,.0f", v) : String.format(Locale.UK, "%.1f", v);
    }

    static String signed(double v) {
        String text = number(Math.abs(v));
        if (text.equals("0.0") || text.equals("0")) return "0";
        return (v < 0 ? "−" : "+") + text;
    }
}
