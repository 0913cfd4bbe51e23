package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onepool.model.experiment.Experiment;
import org.onepool.model.experiment.FairShare;
import org.onepool.model.experiment.FairShares;
import org.onepool.model.experiment.ExperimentPlan;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.reports.FairShareFiles;
import org.onepool.reports.Formats;
import org.onepool.reports.OutputFolder;
import org.onepool.reports.ReportFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the appraisal of a scenario and writes the report, spreadsheet and data files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Appraise every option of a scenario against business as usual and write report.html, "
                + "summary.json, cashflows.csv, projections.csv, workbook.xlsx and charts/ into the output folder.",
            "Output is written to a temporary folder and moved into place only when complete."})
final class RunCommand extends SimulatingCommand<RunCommand.Output> {
    /** Replications of every group under --fair-share: the fairshare command's default, or fewer if the run has. */
    static final int FAIR_SHARE_REPLICATIONS = 50;

    /** The appraisal and, under --fair-share, each option's fair shares and the estimate said before (in order). */
    record Output(ExperimentResult appraisal, List<FairShare> fairShares, List<FairShares.Estimate> estimates) {
    }

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

    @CommandLine.Option(names = "--fair-share",
            description = "Also work out each option's fair shares, as 'onepool fairshare' with its defaults (every "
                    + "group of partners up to 6, sampled joining orders beyond; 50 replications a group, or the "
                    + "run's if fewer), into fairshare-<option>/ in the output folder. It multiplies the run by the "
                    + "groups simulated: the estimate is printed before the run starts.")
    boolean fairShare;

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
    Output run(Scenario scenario, String sha256, Progress progress) {
        ExperimentPlan plan = plan(scenario);
        List<FairShares> shares = new ArrayList<>();
        List<FairShares.Estimate> estimates = new ArrayList<>();
        if (fairShare) estimateFairShares(scenario, plan, shares, estimates);
        ExperimentResult appraisal = Experiment.run(scenario, file.toString(), sha256, plan, progress);
        List<FairShare> results = new ArrayList<>();
        Summary.ScenarioInfo info = new Summary.ScenarioInfo(scenario.name(), file.toString(), sha256);
        for (FairShares s : shares) results.add(s.run(info, progress));
        return new Output(appraisal, results, estimates);
    }

    /**
     * Each option's fair-share analysis and its estimate, printed before anything else runs; an option the
     * analysis cannot take (budget levers) is said and skipped.
     */
    private void estimateFairShares(Scenario scenario, ExperimentPlan plan, List<FairShares> shares,
                                    List<FairShares.Estimate> estimates) {
        PrintWriter err = spec.commandLine().getErr();
        int n = Math.min(FAIR_SHARE_REPLICATIONS, plan.replications());
        List<Option> appraised = plan.options() == null ? scenario.options()
                : plan.options().stream().map(id -> scenario.option(id).orElseThrow()).toList();
        for (Option o : appraised) {
            try {
                FairShares s = new FairShares(scenario, o.id(), FairShares.Settings.defaults(n, plan.seed(), plan.threads()));
                FairShares.Estimate e = s.estimate();
                err.println("onepool: fair shares of " + o.id() + ": " + FairShareCommand.estimateLine(e, n));
                shares.add(s);
                estimates.add(e);
            } catch (IllegalArgumentException e) {
                err.println("onepool: fair shares skipped: " + e.getMessage() + ".");
            }
        }
        err.flush();
    }

    private ExperimentPlan plan(Scenario scenario) {
        int n = replications != null ? replications : scenario.appraisal().replications();
        long s = simulation.seed(scenario);
        ExperimentPlan plan = ExperimentPlan.defaults(n, s).withOptions(options).withAnalyses(!noSensitivity, !noStress)
                .withDeploymentComparison(compareDeployment == null ? 0 : compareDeployment).withProjections(!noProjections);
        return simulation.threads != null ? plan.withThreads(simulation.threads) : plan;
    }

    @Override
    void write(Output output, Scenario scenario, OutputFolder folder) throws IOException {
        ReportFiles.writeAll(output.appraisal(), scenario, folder, LocalDate.now());
        for (FairShare f : output.fairShares()) {
            FairShareFiles.writeAll(f, folder, fairShareFolder(f), LocalDate.now());
        }
    }

    private static String fairShareFolder(FairShare f) {
        return "fairshare-" + f.optionId() + "/";
    }

    @Override
    void printSummary(Output output, Path destination, PrintWriter out) {
        ExperimentResult result = output.appraisal();
        out.println("Report: " + destination.resolve("report.html"));
        for (Summary.OptionResult o : result.summary().options()) {
            out.println(ConsoleLines.option(o, result));
            if (o.stopRules() != null) out.println(ConsoleLines.stopRules(o));
        }
        for (String warning : result.summary().warnings()) out.println("Warning: " + warning);
        out.println(ConsoleLines.throughput(result));
        for (int k = 0; k < output.fairShares().size(); k++) {
            FairShare f = output.fairShares().get(k);
            out.println("Fair shares of " + f.optionName() + ": " + destination.resolve(fairShareFolder(f) + "report.html")
                    + " (full pool " + Formats.money(f.grandCoalitionGbp()) + ", " + f.coalitionsEvaluated() + " of "
                    + f.coalitionsPossible() + " groups). " + FairShareCommand.timeLine(output.estimates().get(k), f.seconds()));
        }
        out.flush();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
