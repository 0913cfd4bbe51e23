package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.reports.OutputFolder;
import org.onepool.reports.ReportFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the appraisal of a scenario and writes the report, spreadsheet and data files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Appraise every option of a scenario against business as usual and write report.html, "
                + "summary.json, cashflows.csv, projections.csv, workbook.xlsx and charts/ into the output folder.",
            "Output is written to a temporary folder and moved into place only when complete."})
final class RunCommand extends SimulatingCommand<ExperimentResult> {
    @CommandLine.Option(names = "--replications", paramLabel = "N",
            description = "Monte Carlo replications, 1 to 100000 (default: the scenario's, else 200).")
    Integer replications;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name without extension>).")
    Path out;

    @CommandLine.Option(names = "--options", paramLabel = "a,b", split = ",",
            description = "Only these option ids (default: every option).")
    List<String> options;

    @CommandLine.Option(names = "--no-stress", description = "Skip the stress tests.")
    boolean noStress;

    @CommandLine.Option(names = "--no-sensitivity", description = "Skip the tornado, switching values and the check of mechanisms resting on assumptions.")
    boolean noSensitivity;

    @CommandLine.Option(names = "--no-projections", description = "Skip the workforce projection (projections.csv, "
            + "the Projections sheet, the report's year-by-year Workforce section and summary.json's projections "
            + "block) and the work it adds to every replication.")
    boolean noProjections;

    @CommandLine.Option(names = "--compare-deployment", paramLabel = "N", arity = "0..1", fallbackValue = "8",
            description = "Also run each option that opens a pool with first-come and with optimised deployment "
                    + "on N replications (1 to 1000, default 8; slow) and report what optimising is worth.")
    Integer compareDeployment;

    @Override
    void checkFlags() {
        inRange("--replications", replications, 1, 100_000);
        inRange("--compare-deployment", compareDeployment, 1, 1000);
    }

    @Override
    String check(Scenario scenario) {
        for (String id : options == null ? List.<String>of() : options) {
            if (scenario.option(id).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--options names '" + id + "', which "
                        + "is not an option of " + file + "; expected one of "
                        + String.join(", ", scenario.options().stream().map(Option::id).toList()) + ".");
            }
        }
        return null;
    }

    @Override
    Path destination() {
        return out != null ? out : Path.of("out", stem(file));
    }

    @Override
    ExperimentResult run(Scenario scenario, String sha256, Progress progress) {
        return Experiment.run(scenario, file.toString(), sha256, plan(scenario), progress);
    }

    private ExperimentPlan plan(Scenario scenario) {
        int n = replications != null ? replications : scenario.appraisal().replications();
        long s = simulation.seed(scenario);
        ExperimentPlan plan = ExperimentPlan.defaults(n, s).withOptions(options).withAnalyses(!noSensitivity, !noStress)
                .withDeploymentComparison(compareDeployment == null ? 0 : compareDeployment).withProjections(!noProjections);
        return simulation.threads != null ? plan.withThreads(simulation.threads) : plan;
    }

    @Override
    void write(ExperimentResult result, Scenario scenario, OutputFolder folder) throws IOException {
        ReportFiles.writeAll(result, scenario, folder, LocalDate.now());
    }

    @Override
    void printSummary(ExperimentResult result, Path destination, PrintWriter out) {
        out.println("Report: " + destination.resolve("report.html"));
        for (Summary.OptionResult o : result.summary().options()) {
            out.println(ConsoleLines.option(o, result));
        }
        for (String warning : result.summary().warnings()) out.println("Warning: " + warning);
        out.println(ConsoleLines.throughput(result));
        out.flush();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
