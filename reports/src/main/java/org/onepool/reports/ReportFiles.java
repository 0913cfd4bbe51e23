package org.onepool.reports;

import java.io.IOException;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.scenario.Scenario;

/** Writes every output of a run into the (temporary) output folder. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static void writeAll(ExperimentResult result, Scenario scenario, OutputFolder out) throws IOException {
        SummaryJson.write(result.summary(), out.resolve("summary.json"));
        CashFlowsCsv.write(result.cashFlows(), out.resolve("cashflows.csv"));
    }
}
