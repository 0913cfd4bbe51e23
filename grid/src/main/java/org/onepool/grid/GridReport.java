package org.onepool.grid;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onepool.model.Version;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Stress;
import org.onepool.reports.Formats;

/**
 * The grid report (report.html, template grid-report.jte): one self-contained page. For each base scenario
 * and option, a heat map of the median NPV over the first two swept inputs for every stress (and every value
 * of further sweeps), each row ending with where the NPV crosses zero along the first input; and a chart of
 * those break-even lines, one per stress. This class works out what the template shows; the template escapes
 * every string it writes.
 */
final class GridReport {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            GridReport.class.getClassLoader(), GridReport.class.getPackageName());

    /** One option of one base scenario: its heat maps (one per stress and value of further sweeps) and chart. */
    public record Section(String optionName, String baseName, String baseLabel, List<HeatMap> heatMaps,
                          String chartSvg) {
    }

    /** A table of median NPVs: the first swept input across, the second down. */
    public record HeatMap(String title, String corner, List<String> columns, boolean breakEvenColumn,
                          List<HeatRow> rows) {
    }

    /** @param breakEven where the median NPV crosses zero along the row, or a dash */
    public record HeatRow(String label, List<HeatCell> cells, String breakEven) {
    }

    /** @param background the cell's colour; null where the cell has no result */
    public record HeatCell(String text, String background, String tooltip) {
    }

    /** @param multiplier the factor the swept value is multiplied by, or null when it is used as given */
    public record Sweep(String label, String path, String multiplier) {
    }

    private final Grid grid;
    private final List<CellResult> results;
    private final LocalDate date;
    private int charts;
    private List<Section> sections;

    private GridReport(Grid grid, List<CellResult> results, LocalDate date) {
        this.grid = grid;
        this.results = results;
        this.date = date;
    }

    static String render(Grid grid, List<CellResult> results, LocalDate date) throws IOException {
        GridReport report = new GridReport(grid, results, date);
        report.sections = report.buildSections();
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render("grid-report.jte", report, out);
        return out.toString();
    }

    public String name() {
        return grid.name();
    }

    public String description() {
        return grid.description();
    }

    public int cells() {
        return results.size();
    }

    public int replications() {
        return results.isEmpty() ? 0 : results.get(0).cell().replications();
    }

    public String version() {
        return Version.get();
    }

    public String date() {
        return date.toString();
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Sweep> sweeps() {
        return grid.axes().stream().map(a -> new Sweep(a.label(), a.path(),
                a.multiplier() == 1 ? null : Cell.number(a.multiplier()))).toList();
    }

    private List<Section> buildSections() throws IOException {
        List<Section> out = new ArrayList<>();
        for (Grid.Base base : grid.bases()) {
            for (String option : optionsOf(base)) out.add(section(base, option));
        }
        return out;
    }

    private List<String> optionsOf(Grid.Base base) {
        List<String> ids = new ArrayList<>();
        for (CellResult r : results) {
            if (!r.cell().scenario().equals(base.label())) continue;
            for (Summary.OptionResult o : r.options()) if (!ids.contains(o.id())) ids.add(o.id());
        }
        return ids;
    }

    private static Summary.OptionResult option(CellResult r, String id) {
        return r.options().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    private Section section(Grid.Base base, String optionId) throws IOException {
        List<CellResult> cells = results.stream().filter(r -> r.cell().scenario().equals(base.label())).toList();
        String optionName = cells.stream().map(r -> option(r, optionId)).filter(o -> o != null)
                .map(Summary.OptionResult::name).findFirst().orElse(optionId);
        List<Grid.Axis> axes = grid.axes();
        double largest = 0;
        for (CellResult r : cells) {
            Summary.OptionResult o = option(r, optionId);
            if (o != null) largest = Math.max(largest, Math.abs(o.npv().p50()));
        }
        List<GridCharts.Line> lines = new ArrayList<>();
        List<HeatMap> heatMaps = new ArrayList<>();
        for (String stress : grid.stresses()) {
            for (Map.Entry<List<Double>, List<CellResult>> slice : slices(cells, stress).entrySet()) {
                String title = stressName(base, stress) + extraAxes(slice.getKey());
                heatMaps.add(heatMap(title, slice.getValue(), optionId, largest, lines));
            }
        }
        String chart = null;
        if (axes.size() == 1) {
            chart = chart("Median NPV against " + axes.get(0).label(), axes.get(0).label(), "Median NPV (GBP)", lines,
                    true);
        } else if (axes.size() >= 2 && lines.stream().anyMatch(l -> l.ys().stream().anyMatch(y -> y != null))) {
            chart = chart("Where the median NPV crosses zero", axes.get(1).label(), "Break-even " + axes.get(0).label(),
                    lines, false);
        }
        return new Section(optionName, base.scenario().name(), base.label(), heatMaps, chart);
    }

    /** The stress's name as the scenario gives it. */
    private static String stressName(Grid.Base base, String stress) {
        if (stress.equals(Grid.NO_STRESS)) return "No stress";
        return base.scenario().stresses().stream().filter(s -> s.id().equals(stress)).map(Stress::name).findFirst()
                .orElse(stress);
    }

    private String extraAxes(List<Double> values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            s.append(", ").append(grid.axes().get(k + 2).label()).append(' ').append(Cell.number(values.get(k)));
        }
        return s.toString();
    }

    /** The cells of one stress, grouped by the values of the sweeps past the first two. */
    private static Map<List<Double>, List<CellResult>> slices(List<CellResult> cells, String stress) {
        Map<List<Double>, List<CellResult>> out = new LinkedHashMap<>();
        for (CellResult r : cells) {
            if (!r.cell().stress().equals(stress)) continue;
            List<Double> v = r.cell().values();
            List<Double> key = v.size() > 2 ? List.copyOf(v.subList(2, v.size())) : List.of();
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private HeatMap heatMap(String title, List<CellResult> cells, String optionId, double largest,
                            List<GridCharts.Line> lines) {
        List<Grid.Axis> axes = grid.axes();
        List<Double> columns = axes.isEmpty() ? List.of(0.0) : axes.get(0).values();
        List<Double> rows = axes.size() < 2 ? List.of(0.0) : axes.get(1).values();
        Map<List<Double>, Summary.OptionResult> at = new LinkedHashMap<>();
        for (CellResult r : cells) {
            List<Double> v = r.cell().values();
            at.put(List.of(v.isEmpty() ? 0.0 : v.get(0), v.size() < 2 ? 0.0 : v.get(1)), option(r, optionId));
        }
        String corner = (axes.size() >= 2 ? axes.get(1).label() + " ↓ · " : "")
                + (axes.isEmpty() ? "" : axes.get(0).label() + " →");
        List<String> headings = columns.stream().map(c -> axes.isEmpty() ? "NPV" : Cell.number(c)).toList();
        List<HeatRow> heatRows = new ArrayList<>();
        List<Double> breakEvens = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (double row : rows) {
            List<Double> ys = new ArrayList<>();
            List<HeatCell> heatCells = new ArrayList<>();
            for (double c : columns) {
                Summary.OptionResult o = at.get(List.of(c, row));
                if (o == null) {
                    heatCells.add(new HeatCell("–", null, null));
                    ys.add(Double.NaN);
                    continue;
                }
                double median = o.npv().p50();
                ys.add(median);
                heatCells.add(new HeatCell(Formats.money(median), colour(median, largest),
                        "P10 " + Formats.money(o.npv().p10()) + " to P90 " + Formats.money(o.npv().p90())
                                + "; probability NPV positive " + Formats.percent(o.probabilityNpvPositive())));
            }
            Double breakEven = ys.contains(Double.NaN) ? null : BreakEven.of(columns, ys);
            heatRows.add(new HeatRow(axes.size() < 2 ? "" : Cell.number(row), heatCells,
                    breakEven == null ? "–" : round(breakEven)));
            breakEvens.add(breakEven);
            medians = ys;
        }
        if (axes.size() == 1) lines.add(new GridCharts.Line(title, columns, medians));
        else if (axes.size() >= 2) lines.add(new GridCharts.Line(title, rows, breakEvens));
        return new HeatMap(title, corner, headings, !axes.isEmpty(), heatRows);
    }

    private static String round(double v) {
        return String.format(Locale.UK, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
    }

    /** Blue for a saving, orange for a cost, the deeper the larger (Okabe–Ito hues, legible text over both). */
    private static String colour(double npv, double largest) {
        double strength = largest > 0 ? Math.min(1, Math.abs(npv) / largest) : 0;
        int[] rgb = npv >= 0 ? new int[] {0x00, 0x72, 0xB2} : new int[] {0xE6, 0x9F, 0x00};
        return String.format(Locale.UK, "rgba(%d,%d,%d,%.2f)", rgb[0], rgb[1], rgb[2], 0.08 + 0.6 * strength);
    }

    private String chart(String title, String xTitle, String yTitle, List<GridCharts.Line> lines, boolean zeroLine)
            throws IOException {
        return GridCharts.svg(title, xTitle, yTitle, lines, zeroLine, "g" + charts++);
    }
}
