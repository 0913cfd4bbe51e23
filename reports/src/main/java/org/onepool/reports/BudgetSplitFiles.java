package org.onepool.reports;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.onepool.model.experiment.BudgetSplitResult;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Writes what `onepool optimise` found: budget-plan.json and budget-report.html. */
public final class BudgetSplitFiles {
    private static final ObjectWriter WRITER = ScenarioLoader.json().copy()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writerFor(BudgetSplitResult.class);

    private BudgetSplitFiles() {
    }

    /** @param date the run's date, printed in the report */
    public static void writeAll(BudgetSplitResult result, Scenario scenario, OutputFolder folder, LocalDate date)
            throws IOException {
        WRITER.writeValue(folder.resolve("budget-plan.json").toFile(), result);
        Files.writeString(folder.resolve("budget-report.html"),
                BudgetSplitHtml.render(result, scenario, date), StandardCharsets.UTF_8);
    }

    public static String toJson(BudgetSplitResult result) throws IOException {
        return WRITER.writeValueAsString(result);
    }
}
