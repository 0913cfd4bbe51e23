package org.onepool.grid;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

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
 * The grid report (report.html): one self-contained page. For each base scenario and option, a heat map
 * of the median NPV over the first two swept inputs for every stress (and every value of further sweeps),
 * each row ending with where the NPV crosses zero along the first input; and a chart of those
 * break-even lines, one per stress. Every string from the grid or the scenarios is escaped.
 */
final class GridReport {
    private static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6673; --rule: #d9dee4; --accent: #0072B2; }
            body { margin: 0; font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f4f6f8; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
            h1 { font-size: 28px; margin: 4px 0 8px; }
            h2 { font-size: 21px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin-top: 32px; }
            h3 { font-size: 16px; margin: 18px 0 6px; }
            .meta, .note, caption { color: var(--muted); }
            caption { text-align: left; caption-side: bottom; font-size: 13px; padding-top: 4px; }
            table.heat { border-collapse: collapse; margin: 6px 0 14px; font-variant-numeric: tabular-nums; }
            table.heat th, table.heat td { padding: 6px 9px; border: 1px solid #fff; text-align: right; }
            table.heat td { white-space: nowrap; }
            table.heat thead th, table.heat tbody th { background: #eef2f6; font-weight: 600; }
            table.heat td.even { background: #fff; border-left: 2px solid var(--ink); }
            svg.chart { width: 100%; height: auto; display: block; }
            code { font-size: 12px; color: var(--muted); word-break: break-all; }
            @media print { @page { size: A4; margin: 14mm 12mm; } body { background: #fff; } main { padding: 0; }
              table, figure { break-inside: avoid; } h2, h3 { break-after: avoid; } }
            """;

    private final Grid grid;
    private final List<CellResult> results;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private int charts;

    private GridReport(Grid grid, List<CellResult> results) {
        this.grid = grid;
        this.results = results;
    }

    static String render(Grid grid, List<CellResult> results, LocalDate date) throws IOException {
        return new GridReport(grid, results).build(date);
    }

    private static String e(String text) {
        return text == null ? "" : escapeHtml4(text);
    }

    private String build(LocalDate date) throws IOException {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(e(grid.name())).append(" — onepool grid</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<header><p class=\"meta\">Scenario grid</p><h1>")
                .append(e(grid.name())).append("</h1>");
        if (grid.description() != null) html.append("<p>").append(e(grid.description())).append("</p>");
        int replications = results.isEmpty() ? 0 : results.get(0).cell().replications();
        html.append("<p class=\"meta\">").append(results.size()).append(" cells · ").append(replications)
                .append(" replications each · onepool ").append(e(Version.get())).append(" · run ").append(date)
                .append("</p></header>\n");
        html.append("<p class=\"note\">Each square is one cell: the base scenario with the swept inputs set to the "
                + "values on the axes, appraised against business as usual under the stress named. The figure is the "
                + "median NPV over the replications (hover for P10 to P90 and the probability the NPV is positive); "
                + "blue squares save money, orange ones cost it, deeper for larger amounts. The last column is where "
                + "the median NPV crosses zero along the first swept input, by straight-line interpolation between "
                + "the neighbouring cells; a dash when it does not cross within the swept range.</p>\n");
        for (Grid.Base base : grid.bases()) {
            for (String option : optionsOf(base)) section(base, option);
        }
        method();
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private List<String> optionsOf(Grid.Base base) {
        List<String> ids = new ArrayList<>();
        for (CellResult r : results) {
            if (!r.cell().scenario().equals(base.label())) continue;
            for (Summary.OptionResult o : r.options()) if (!ids.contains(o.id())) ids.add(o.id());
        }
        return ids;
    }

    private Summary.OptionResult option(CellResult r, String id) {
        return r.options().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    private void section(Grid.Base base, String optionId) throws IOException {
        List<CellResult> cells = results.stream().filter(r -> r.cell().scenario().equals(base.label())).toList();
        String optionName = cells.stream().map(r -> option(r, optionId)).filter(o -> o != null).map(Summary.OptionResult::name)
                .findFirst().orElse(optionId);
        html.append("<section>\n<h2>").append(e(optionName)).append("</h2>\n<p class=\"meta\">Base scenario ")
                .append(e(base.scenario().name())).append(" (").append(e(base.label())).append(")</p>\n");
        List<Grid.Axis> axes = grid.axes();
        double largest = 0;
        for (CellResult r : cells) {
            Summary.OptionResult o = option(r, optionId);
            if (o != null) largest = Math.max(largest, Math.abs(o.npv().p50()));
        }
        List<GridCharts.Line> lines = new ArrayList<>();
        for (String stress : grid.stresses()) {
            for (Map.Entry<List<Double>, List<CellResult>> slice : slices(cells, stress).entrySet()) {
                String title = stressName(base, stress) + extraAxes(slice.getKey());
                html.append("<h3>").append(e(title)).append("</h3>\n");
                heatMap(slice.getValue(), optionId, largest, lines, title);
            }
        }
        if (axes.size() == 1) {
            chart("Median NPV against " + axes.get(0).label(), axes.get(0).label(), "Median NPV (GBP)", lines, true);
        } else if (axes.size() >= 2 && lines.stream().anyMatch(l -> l.ys().stream().anyMatch(y -> y != null))) {
            chart("Where the median NPV crosses zero", axes.get(1).label(), "Break-even " + axes.get(0).label(), lines,
                    false);
        }
        html.append("</section>\n");
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
    private Map<List<Double>, List<CellResult>> slices(List<CellResult> cells, String stress) {
        Map<List<Double>, List<CellResult>> out = new LinkedHashMap<>();
        for (CellResult r : cells) {
            if (!r.cell().stress().equals(stress)) continue;
            List<Double> v = r.cell().values();
            List<Double> key = v.size() > 2 ? List.copyOf(v.subList(2, v.size())) : List.of();
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private void heatMap(List<CellResult> cells, String optionId, double largest, List<GridCharts.Line> lines,
                         String lineName) {
        List<Grid.Axis> axes = grid.axes();
        List<Double> columns = axes.isEmpty() ? List.of(0.0) : axes.get(0).values();
        List<Double> rows = axes.size() < 2 ? List.of(0.0) : axes.get(1).values();
        Map<List<Double>, Summary.OptionResult> at = new LinkedHashMap<>();
        for (CellResult r : cells) {
            List<Double> v = r.cell().values();
            at.put(List.of(v.isEmpty() ? 0.0 : v.get(0), v.size() < 2 ? 0.0 : v.get(1)), option(r, optionId));
        }
        html.append("<table class=\"heat\">\n<thead><tr><th>");
        if (axes.size() >= 2) html.append(e(axes.get(1).label())).append(" ↓ · ");
        html.append(axes.isEmpty() ? "" : e(axes.get(0).label()) + " →").append("</th>");
        for (double c : columns) html.append("<th>").append(axes.isEmpty() ? "NPV" : e(Cell.number(c))).append("</th>");
        if (!axes.isEmpty()) html.append("<th>Break-even</th>");
        html.append("</tr></thead>\n<tbody>\n");
        List<Double> breakEvens = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (double row : rows) {
            html.append("<tr><th>").append(axes.size() < 2 ? "" : e(Cell.number(row))).append("</th>");
            List<Double> ys = new ArrayList<>();
            for (double c : columns) {
                Summary.OptionResult o = at.get(List.of(c, row));
                if (o == null) {
                    html.append("<td>–</td>");
                    ys.add(Double.NaN);
                    continue;
                }
                double median = o.npv().p50();
                ys.add(median);
                html.append("<td style=\"background:").append(colour(median, largest)).append("\" title=\"P10 ")
                        .append(e(Formats.money(o.npv().p10()))).append(" to P90 ").append(e(Formats.money(o.npv().p90())))
                        .append("; probability NPV positive ").append(Formats.percent(o.probabilityNpvPositive()))
                        .append("\">").append(e(Formats.money(median))).append("</td>");
            }
            Double breakEven = ys.contains(Double.NaN) ? null : BreakEven.of(columns, ys);
            if (!axes.isEmpty()) {
                html.append("<td class=\"even\">").append(breakEven == null ? "–" : e(round(breakEven))).append("</td>");
            }
            html.append("</tr>\n");
            breakEvens.add(breakEven);
            medians = ys;
        }
        html.append("</tbody>\n</table>\n");
        if (axes.size() == 1) lines.add(new GridCharts.Line(lineName, columns, medians));
        else if (axes.size() >= 2) lines.add(new GridCharts.Line(lineName, rows, breakEvens));
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

    private void chart(String title, String xTitle, String yTitle, List<GridCharts.Line> lines, boolean zeroLine)
            throws IOException {
        html.append("<figure>").append(GridCharts.svg(title, xTitle, yTitle, lines, zeroLine, "g" + charts++))
                .append("</figure>\n");
    }

    private void method() {
        html.append("<section>\n<h2>Method and files</h2>\n<p>Every cell is the appraisal <code>onepool run</code> "
                + "makes of the cell's scenario with the grid's seed and replications (no tornado, switching values "
                + "or stress table). Its replications run in blocks on Spark executors and are folded in replication "
                + "order, so the cell's figures are the same whatever the blocks, partitions and executors. A cell "
                + "under a stress is appraised with the stress applied to business as usual and the option alike.</p>\n"
                + "<p>Inputs swept:</p>\n<ul>\n");
        for (Grid.Axis a : grid.axes()) {
            html.append("<li>").append(e(a.label())).append(": <code>").append(e(a.path())).append("</code>");
            if (a.multiplier() != 1) html.append(" = value × ").append(e(Cell.number(a.multiplier())));
            html.append("</li>\n");
        }
        html.append("</ul>\n<p>Files beside this report: <code>cells.csv</code> and <code>cells.parquet/</code> (a row "
                + "per cell and option), and in <code>cells/</code> each cell's full result (<code>KEY.json</code>) "
                + "and its scenario (<code>KEY.scenario.json</code>), which <code>onepool run</code> reproduces "
                + "with the same <code>--seed</code> and <code>--replications</code>.</p>\n</section>\n");
    }
}
