package org.onepool.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.scenario.Scenario;

/** Writes every output of a run into the (temporary) output folder. */
public final class ReportFiles {
    /** The files a run writes, besides the charts/ folder (projections.csv only when it makes a projection). */
    public static final List<String> FILES = List.of("report.html", "summary.json", "cashflows.csv", "projections.csv",
            "workbook.xlsx");

    private ReportFiles() {
    }

    /** @param date the run's date, printed in the report (and nowhere else: equal results give equal data files) */
    public static void writeAll(ExperimentResult result, Scenario scenario, OutputFolder out, LocalDate date)
            throws IOException {
        SummaryJson.write(result.summary(), out.resolve("summary.json"));
        CashFlowsCsv.write(result.cashFlows(), out.resolve("cashflows.csv"));
        if (result.projection() != null) ProjectionsCsv.write(result.projection(), out.resolve("projections.csv"));
        Workbook.write(result, scenario, out.resolve("workbook.xlsx"));
        Map<String, String> charts = ChartFiles.write(result, out);
        Files.writeString(out.resolve("report.html"), HtmlReport.render(result, scenario, charts, date));
    }
}
