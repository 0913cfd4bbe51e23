package org.onepool.grid;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onepool.model.experiment.Stats;
import org.onepool.model.experiment.Summary;
import org.onepool.model.experiment.WorkforceIndicators;

/**
 * The grid's results as one tidy table: a row per cell and option, a column per coordinate and measure.
 * Money in GBP at the scenario's base-year prices; indicators are means over replications.
 */
record TidyTable(List<Column> columns, List<List<Object>> rows) {
    enum Type { TEXT, INTEGER, LONG, NUMBER }

    record Column(String name, Type type) {
    }

    static TidyTable of(Grid grid, List<CellResult> results) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("cell", Type.TEXT));
        columns.add(new Column("cellNumber", Type.INTEGER));
        columns.add(new Column("scenario", Type.TEXT));
        columns.add(new Column("stress", Type.TEXT));
        for (Grid.Axis axis : grid.axes()) columns.add(new Column(axis.name(), Type.NUMBER));
        columns.add(new Column("option", Type.TEXT));
        columns.add(new Column("optionName", Type.TEXT));
        columns.add(new Column("replications", Type.INTEGER));
        columns.add(new Column("seed", Type.LONG));
        for (String s : List.of("npvMean", "npvP10", "npvP50", "npvP90", "probabilityNpvPositive", "benefitCostRatio",
                "roiP50", "paybackMonthP50", "neverPaysBackShare", "peakFundingP50", "investmentMean",
                "cashableSavingMean", "nonCashableSavingMean", "baselineTotalCostMean")) {
            columns.add(new Column(s, Type.NUMBER));
        }
        for (String name : WorkforceIndicators.NAMES) columns.add(new Column(capitalised("option", name), Type.NUMBER));
        for (String name : WorkforceIndicators.NAMES) columns.add(new Column(capitalised("baseline", name), Type.NUMBER));

        List<List<Object>> rows = new ArrayList<>();
        for (CellResult r : results) {
            CellResult.Coordinates c = r.cell();
            for (Summary.OptionResult o : r.options()) {
                List<Object> row = new ArrayList<>();
                row.add(c.hash().substring(0, 16));
                row.add(c.index() + 1);
                row.add(c.scenario());
                row.add(c.stress());
                row.addAll(c.values());
                row.add(o.id());
                row.add(o.name());
                row.add(c.replications());
                row.add(c.seed());
                Stats npv = o.npv();
                row.add(npv.mean());
                row.add(npv.p10());
                row.add(npv.p50());
                row.add(npv.p90());
                row.add(o.probabilityNpvPositive());
                row.add(o.benefitCostRatio());
                row.add(o.roi().p50());
                row.add(o.paybackMonth().p50());
                row.add(o.paybackMonth().neverShare());
                row.add(o.peakFunding().p50());
                row.add(o.investment().mean());
                row.add(o.cashableSaving().mean());
                row.add(o.nonCashableSaving().mean());
                row.add(r.baseline().totalCost().mean());
                for (String name : WorkforceIndicators.NAMES) row.add(o.workforce().get(name).mean());
                for (String name : WorkforceIndicators.NAMES) row.add(r.baseline().workforce().get(name).mean());
                rows.add(row);
            }
        }
        return new TidyTable(columns, rows);
    }

    private static String capitalised(String prefix, String name) {
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * CSV with a header; numbers in full (Java's shortest exact form), so the CSV reads back to the same
     * doubles as the Parquet file holds; an empty field where a value does not exist (no payback).
     */
    String csv() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(out)) {
            printer.printRecord(columns.stream().map(Column::name).toList());
            for (List<Object> row : rows) printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        return out.toString();
    }
}
