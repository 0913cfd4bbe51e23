package org.onepool.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.onepool.model.experiment.BudgetSplitExperiment;
import org.onepool.model.experiment.BudgetSplitResult;
import org.onepool.model.experiment.BudgetSplitSettings;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.scenario.BudgetSplit;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.BudgetSplitCheck;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.reports.BudgetSplitFiles;
import org.onepool.reports.Formats;
import org.onepool.reports.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Splits an invest-to-save budget across an option's levers, partners and years, and verifies the split. */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Split an invest-to-save budget across an option's levers (interventions with a "
                + "doseResponse), its partners and years, in tranches, under the annual cap and each lever's "
                + "minimum and maximum. A response surface fitted to designed simulation runs is optimised with "
                + "OptaPlanner; the best plans and the naive ones (equal split, everything in the best lever, the "
                + "scenario's own plan) are then verified with the full simulation on fresh replications.",
            "Writes budget-plan.json and budget-report.html into the output folder. The scenario's budgetSplit "
                    + "block gives the defaults; flags override it."})
final class OptimiseCommand implements Callable<Integer> {
    private static final Map<String, String> FLAGS = Map.of("option", "--option", "budgetGbp", "--budget",
            "years", "--years", "trancheGbp", "--tranche", "annualCapGbp", "--annual-cap");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path file;

    @CommandLine.Option(names = "--option", paramLabel = "ID", description = "Option whose levers share the budget.")
    String option;

    @CommandLine.Option(names = "--budget", paramLabel = "GBP", description = "The budget, e.g. 300000.")
    Double budget;

    @CommandLine.Option(names = "--years", paramLabel = "N", description = "Years the budget is spent over.")
    Integer years;

    @CommandLine.Option(names = "--tranche", paramLabel = "GBP", description = "Tranche size (default 10000).")
    Double tranche;

    @CommandLine.Option(names = "--annual-cap", paramLabel = "GBP", description = "Most spent in any one year.")
    Double annualCap;

    @CommandLine.Option(names = "--objective", paramLabel = "mean|p10",
            description = "What to maximise: mean (expected NPV, default) or p10 (cautious).")
    String objective = "mean";

    @CommandLine.Option(names = "--replications", paramLabel = "N",
            description = "Fresh replications each candidate plan is verified on (default 100).")
    int replications = 100;

    @CommandLine.Option(names = "--design-replications", paramLabel = "N",
            description = "Replications of each design plan (default 16).")
    int designReplications = 16;

    @CommandLine.Option(names = "--design-points", paramLabel = "N",
            description = "Design plans simulated to fit the surface (default: twice the surface's features).")
    int designPoints;

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name without extension>-budget).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            return Problems.report(err, file, e);
        }
        String problem = checkArguments();
        BudgetSplit split = problem == null ? split(scenario) : null;
        if (problem == null && split == null) {
            problem = "--option: " + file + " has no budgetSplit block and no option with a doseResponse; expected "
                    + "an option whose interventions state a doseResponse.";
        }
        if (problem == null) problem = checkSplit(scenario, split);
        if (problem != null) {
            err.println("onepool: " + problem + " Nothing was written.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Path destination = out != null ? out : Path.of("out", RunCommand.stem(file) + "-budget");
        String refused = OutputFolder.unsuitable(destination);
        if (refused != null) {
            err.println("onepool: --out: " + refused + "; expected a new folder, an empty one, or an earlier "
                    + "onepool output to replace. Nothing was written.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        BudgetSplitSettings settings = new BudgetSplitSettings(split,
                BudgetObjective.valueOf(objective.toUpperCase(java.util.Locale.ROOT)),
                simulation.seed(scenario),
                simulation.threads != null ? simulation.threads : Runtime.getRuntime().availableProcessors(),
                designReplications, designPoints, replications);
        BudgetSplitResult result;
        try (ProgressBarProgress progress = new ProgressBarProgress(new PrintStream(System.err, true,
                StandardCharsets.UTF_8), simulation.quiet)) {
            result = BudgetSplitExperiment.run(scenario, file.toString(), RunCommand.sha256(file), settings, progress);
        }
        try (OutputFolder folder = OutputFolder.create(destination)) {
            BudgetSplitFiles.writeAll(result, scenario, folder);
            folder.commit();
        }
        printSummary(result, destination);
        return ExitCode.OK;
    }

    private String checkArguments() {
        if (!objective.equalsIgnoreCase("mean") && !objective.equalsIgnoreCase("p10")) {
            return "--objective " + objective + " is not known; expected mean or p10.";
        }
        if (replications < 2 || replications > 100_000) {
            return "--replications " + replications + " is out of range; expected 2 to 100000.";
        }
        if (designReplications < 2 || designReplications > 10_000) {
            return "--design-replications " + designReplications + " is out of range; expected 2 to 10000.";
        }
        if (designPoints != 0 && (designPoints < 4 || designPoints > 5_000)) {
            return "--design-points " + designPoints + " is out of range; expected 4 to 5000.";
        }
        if (simulation.problem() != null) return simulation.problem();
        return null;
    }

    /** The scenario's question with the flags laid over it; null if no option can be split. */
    private BudgetSplit split(Scenario scenario) {
        BudgetSplit base = scenario.budgetSplit();
        String id = option != null ? option : base != null ? base.option() : firstLeveredOption(scenario);
        if (id == null) return null;
        return new BudgetSplit(id,
                budget != null ? budget : base != null ? base.budgetGbp() : null,
                years != null ? years : base != null ? base.years() : Integer.valueOf(2),
                tranche != null ? tranche : base != null ? base.trancheGbp() : null,
                annualCap != null ? annualCap : base != null ? base.annualCapGbp() : null);
    }

    private static String firstLeveredOption(Scenario scenario) {
        for (Option o : scenario.options()) {
            if (o.hasBudgetLevers()) return o.id();
        }
        return null;
    }

    private String checkSplit(Scenario scenario, BudgetSplit split) {
        Map<String, String> flags = new HashMap<>();
        if (option != null) flags.put("option", "--option");
        if (budget != null) flags.put("budgetGbp", "--budget");
        if (years != null) flags.put("years", "--years");
        if (tranche != null) flags.put("trancheGbp", "--tranche");
        if (annualCap != null) flags.put("annualCapGbp", "--annual-cap");
        boolean inFile = scenario.budgetSplit() != null;
        List<Problem> problems = BudgetSplitCheck.check(scenario, split, field -> flags.getOrDefault(field,
                inFile ? "budgetSplit." + field : FLAGS.get(field)));
        if (problems.isEmpty()) return null;
        StringBuilder s = new StringBuilder();
        for (Problem p : problems) s.append(s.length() == 0 ? "" : "; ").append(p.message());
        return s.append('.').toString();
    }

    private void printSummary(BudgetSplitResult result, Path destination) {
        PrintWriter w = spec.commandLine().getOut();
        w.println("Report: " + destination.resolve("budget-report.html"));
        w.println("Plan:   " + destination.resolve("budget-plan.json"));
        for (BudgetSplitResult.PlanResult p : result.plans()) {
            w.printf("%-38s NPV %s (80%% range %s to %s)%s%n", p.name(), Formats.money(p.verifiedNpv().mean()),
                    Formats.money(p.verifiedNpv().p10()), Formats.money(p.verifiedNpv().p90()),
                    p.id().equals(result.recommended()) ? "  <- recommended" : "");
        }
        w.printf("Surface: %d plans x %d replications, R² %.2f; took %.0f s%n", result.surface().designPoints(),
                result.question().designReplications(), result.surface().rSquared(), result.seconds());
        w.flush();
    }
}
