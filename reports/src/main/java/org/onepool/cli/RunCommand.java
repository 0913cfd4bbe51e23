package org.onepool.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.reports.OutputFolder;
import org.onepool.reports.ReportFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs the appraisal of a scenario and writes the report, spreadsheet and data files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Appraise every option of a scenario against business as usual and write report.html, "
                + "summary.json, cashflows.csv, workbook.xlsx and charts/ into the output folder.",
            "Output is written to a temporary folder and moved into place only when complete."})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path file;

    @CommandLine.Option(names = "--replications", paramLabel = "N",
            description = "Monte Carlo replications (default: the scenario's, else 200).")
    Integer replications;

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name without extension>).")
    Path out;

    @CommandLine.Option(names = "--options", paramLabel = "a,b", split = ",",
            description = "Only these option ids (default: every option).")
    List<String> options;

    @CommandLine.Option(names = "--no-stress", description = "Skip the stress tests.")
    boolean noStress;

    @CommandLine.Option(names = "--no-sensitivity", description = "Skip the tornado and switching values.")
    boolean noSensitivity;

    @CommandLine.Option(names = "--compare-deployment", paramLabel = "N", arity = "0..1", fallbackValue = "8",
            description = "Also run each option that opens a pool with first-come and with optimised deployment "
                    + "on N replications (default 8; slow) and report what optimising is worth.")
    Integer compareDeployment;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            return Problems.report(err, file, e);
        }
        String problem = checkArguments(scenario);
        if (problem != null) {
            err.println("onepool: " + problem + " Nothing was written.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        ExperimentPlan plan = plan(scenario);
        Path destination = out != null ? out : Path.of("out", stem(file));
        String refused = OutputFolder.unsuitable(destination);
        if (refused != null) {
            err.println("onepool: --out: " + refused + "; expected a new folder, an empty one, or an earlier "
                    + "onepool output to replace. Nothing was written.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        ExperimentResult result;
        try (ProgressBarProgress progress = new ProgressBarProgress(new PrintStream(System.err, true,
                StandardCharsets.UTF_8), simulation.quiet)) {
            result = Experiment.run(scenario, file.toString(), sha256(file), plan, progress);
        }
        try (OutputFolder folder = OutputFolder.create(destination)) {
            ReportFiles.writeAll(result, scenario, folder);
            folder.commit();
        }
        printSummary(result, destination);
        return ExitCode.OK;
    }

    private String checkArguments(Scenario scenario) {
        if (replications != null && (replications < 1 || replications > 100_000)) {
            return "--replications " + replications + " is out of range; expected 1 to 100000.";
        }
        if (compareDeployment != null && (compareDeployment < 1 || compareDeployment > 1000)) {
            return "--compare-deployment " + compareDeployment + " is out of range; expected 1 to 1000.";
        }
        if (simulation.problem() != null) return simulation.problem();
        if (options != null) {
            for (String id : options) {
                if (scenario.option(id).isEmpty()) {
                    return "--options names '" + id + "', which is not an option of " + file + "; expected one of "
                            + String.join(", ", scenario.options().stream().map(Option::id).toList()) + ".";
                }
            }
        }
        return null;
    }

    private ExperimentPlan plan(Scenario scenario) {
        int n = replications != null ? replications : scenario.appraisal().replications();
        long s = simulation.seed(scenario);
        ExperimentPlan plan = ExperimentPlan.defaults(n, s).withOptions(options).withAnalyses(!noSensitivity, !noStress)
                .withDeploymentComparison(compareDeployment == null ? 0 : compareDeployment);
        return simulation.threads != null ? plan.withThreads(simulation.threads) : plan;
    }

    private void printSummary(ExperimentResult result, Path destination) {
        PrintWriter outWriter = spec.commandLine().getOut();
        outWriter.println("Report: " + destination.resolve("report.html"));
        for (Summary.OptionResult o : result.summary().options()) {
            outWriter.println(ConsoleLines.option(o, result));
        }
        outWriter.println(ConsoleLines.throughput(result));
        outWriter.flush();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
