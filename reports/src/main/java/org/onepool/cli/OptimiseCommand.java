package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onepool.model.experiment.BudgetSplitExperiment;
import org.onepool.model.experiment.BudgetSplitResult;
import org.onepool.model.experiment.BudgetSplitSettings;
import org.onepool.model.experiment.Progress;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.scenario.BudgetSplit;
import org.onepool.model.scenario.input.BudgetSplitCheck;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Problem;
import org.onepool.model.scenario.Scenario;
import org.onepool.reports.BudgetSplitFiles;
import org.onepool.reports.Formats;
import org.onepool.reports.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Splits an invest-to-save budget across an option's levers, partners and years, and verifies the split. */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Split an invest-to-save budget across an option's levers (interventions with a "
                + "doseResponse), its partners and years, in tranches, under the annual cap and each lever's "
                + "minimum and maximum. A response surface fitted to designed simulation runs is optimised with "
                + "OptaPlanner; the best plans and the naive ones (equal split, everything in the best lever, the "
                + "scenario's own plan) are then verified with the full simulation on fresh replications.",
            "Writes budget-plan.json and budget-report.html into the output folder. The scenario's budgetSplit "
                    + "block gives the defaults; flags override it."})
final class OptimiseCommand extends SimulatingCommand<BudgetSplitResult> {
    private static final Map<String, String> FLAGS = Map.of("option", "--option", "budgetGbp", "--budget",
            "years", "--years", "trancheGbp", "--tranche", "annualCapGbp", "--annual-cap");

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
            description = "What to maximise: ${COMPLETION-CANDIDATES} (mean: expected NPV, the default; p10: "
                    + "cautious).")
    Objective objective = Objective.mean;

    @CommandLine.Option(names = "--replications", paramLabel = "N",
            description = "Fresh replications each candidate plan is verified on, 2 to 100000 (default 100).")
    int replications = 100;

    @CommandLine.Option(names = "--design-replications", paramLabel = "N",
            description = "Replications of each design plan, 2 to 10000 (default 16).")
    int designReplications = 16;

    @CommandLine.Option(names = "--design-points", paramLabel = "N",
            description = "Design plans simulated to fit the surface, 4 to 5000 (default: twice the surface's "
                    + "features).")
    int designPoints;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name without extension>-budget).")
    Path out;

    /** The question asked, the file's block with the flags laid over it; set by {@link #check}. */
    private BudgetSplit split;

    /** What a split may maximise. */
    enum Objective {
        mean(BudgetObjective.MEAN), p10(BudgetObjective.P10);

        final BudgetObjective objective;

        Objective(BudgetObjective objective) {
            this.objective = objective;
        }
    }

    @Override
    void checkFlags() {
        inRange("--replications", replications, 2, 100_000);
        inRange("--design-replications", designReplications, 2, 10_000);
        if (designPoints != 0) inRange("--design-points", designPoints, 4, 5_000);
    }

    @Override
    String check(Scenario scenario) {
        split = split(scenario);
        if (split == null) {
            return "--option: " + file + " has no budgetSplit block and no option with a doseResponse; expected "
                    + "an option whose interventions state a doseResponse.";
        }
        return checkSplit(scenario, split);
    }

    @Override
    Path destination() {
        return out != null ? out : Path.of("out", RunCommand.stem(file) + "-budget");
    }

    @Override
    BudgetSplitResult run(Scenario scenario, String sha256, Progress progress) {
        BudgetSplitSettings settings = new BudgetSplitSettings(split, objective.objective, simulation.seed(scenario),
                simulation.threads(), designReplications, designPoints, replications);
        return BudgetSplitExperiment.run(scenario, file.toString(), sha256, settings, progress);
    }

    @Override
    void write(BudgetSplitResult result, Scenario scenario, OutputFolder folder) throws IOException {
        BudgetSplitFiles.writeAll(result, scenario, folder, LocalDate.now());
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
                annualCap != null ? annualCap : base != null ? base.annualCapGbp() : null, null);
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

    @Override
    void printSummary(BudgetSplitResult result, Path destination, PrintWriter w) {
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
