package org.onepool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.onepool.model.experiment.FairShare;
import org.onepool.model.experiment.FairShares;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.reports.FairShareFiles;
import org.onepool.reports.Formats;
import org.onepool.reports.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Each partner's fair share of an option: Shapley values, go-alone cases, side payments and the core check. */
@Command(name = "fairshare", mixinStandardHelpOptions = true,
        description = {"Work out what each partner of an option adds to the pool (its Shapley value), what it would "
                + "get going alone, the side payments that make each partner's net position equal its Shapley "
                + "value, and whether a smaller group would do better on its own. Every group of partners is "
                + "simulated as the option with only that group pooling, on common random numbers: all of them up "
                + "to --exact-up-to partners, a sample of joining orders beyond.",
            "Writes summary.json and report.html into the output folder."})
final class FairShareCommand extends SimulatingCommand<FairShare> {
    @CommandLine.Option(names = "--option", paramLabel = "ID", required = true, description = "The option.")
    String option;

    @CommandLine.Option(names = "--replications", paramLabel = "N",
            description = "Replications of every group, 1 to 100000 (default 50).")
    int replications = 50;

    @CommandLine.Option(names = "--exact-up-to", paramLabel = "N",
            description = "Simulate every group when the option has at most N partners, 0 to 16 (default 9: "
                    + "below that, sampling to a useful error simulates nearly every group anyway); beyond, sample "
                    + "orders of joining.")
    int exactUpTo = FairShares.Settings.EXACT_UP_TO;

    @CommandLine.Option(names = "--target-se", paramLabel = "GBP",
            description = "Sampling standard error to reach on every partner's value (default: 1%% of the full "
                    + "pool's value).")
    Double targetSe;

    @CommandLine.Option(names = "--max-permutations", paramLabel = "N",
            description = "Most orders of joining sampled, 2 to 100000 (default 1000).")
    int maxPermutations = 1000;

    @CommandLine.Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "No new sampling round starts after this, 1 to 604800 (default 3600).")
    int timeBudget = 3600;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name without extension>-fairshare-<option>).")
    Path out;

    @Override
    void checkFlags() {
        inRange("--replications", replications, 1, 100_000);
        inRange("--exact-up-to", exactUpTo, 0, 16);
        inRange("--max-permutations", maxPermutations, 2, 100_000);
        inRange("--time-budget", timeBudget, 1, 604_800);
        if (targetSe != null && !(targetSe > 0 && Double.isFinite(targetSe))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--target-se " + targetSe
                    + " is out of range; expected a positive amount in GBP.");
        }
    }

    @Override
    String check(Scenario scenario) {
        if (scenario.option(option).isEmpty()) {
            return "--option names '" + option + "', which is not an option of " + file + "; expected one of "
                    + String.join(", ", scenario.options().stream().map(Option::id).toList()) + ".";
        }
        try {
            fairShares(scenario);
        } catch (IllegalArgumentException e) {
            return "--option: " + e.getMessage() + ".";
        }
        return null;
    }

    private FairShares fairShares(Scenario scenario) {
        return new FairShares(scenario, option, new FairShares.Settings(replications, simulation.seed(scenario),
                simulation.threads(), exactUpTo, targetSe, maxPermutations, timeBudget));
    }

    @Override
    Path destination() {
        return out != null ? out : Path.of("out", RunCommand.stem(file) + "-fairshare-" + option);
    }

    /** The estimate said before the run, for the closing line beside the time the run took. */
    private FairShares.Estimate estimate;

    @Override
    FairShare run(Scenario scenario, String sha256, Progress progress) {
        FairShares shares = fairShares(scenario);
        estimate = shares.estimate();
        PrintWriter err = spec.commandLine().getErr();
        err.println("onepool: " + estimateLine(estimate, replications));
        err.flush();
        return shares.run(new Summary.ScenarioInfo(scenario.name(), file.toString(), sha256), progress);
    }

    /** What a fair-share run will simulate and about how long it will take. */
    static String estimateLine(FairShares.Estimate e, int replications) {
        return e.partners() + " partners; " + (e.exact()
                ? "every one of the " + e.coalitionsAtLeast() + " groups will be simulated on " + replications
                        + " replications: about " + duration(e.secondsAtLeast()) + "."
                : "joining orders will be sampled: at least " + e.coalitionsAtLeast() + " groups (about "
                        + duration(e.secondsAtLeast()) + "), at most " + e.coalitionsAtMost() + " (about "
                        + duration(e.secondsAtMost()) + "), on " + replications + " replications each.");
    }

    /** The estimate beside the time the groups took, so every run checks the estimate. */
    static String timeLine(FairShares.Estimate e, double seconds) {
        String said = e.exact() || e.secondsAtMost() <= e.secondsAtLeast() ? "about " + duration(e.secondsAtLeast())
                : duration(e.secondsAtLeast()) + " to " + duration(e.secondsAtMost());
        return "Groups simulated in " + duration(seconds) + " (estimated " + said + ").";
    }

    static String duration(double seconds) {
        if (seconds < 90) return Math.max(1, Math.round(seconds)) + " s";
        if (seconds < 5400) return Math.round(seconds / 60) + " min";
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    @Override
    void write(FairShare result, Scenario scenario, OutputFolder folder) throws IOException {
        FairShareFiles.writeAll(result, folder, LocalDate.now());
    }

    @Override
    void printSummary(FairShare result, Path destination, PrintWriter out) {
        out.println("Report: " + destination.resolve("report.html"));
        out.println("Full pool: " + Formats.money(result.grandCoalitionGbp()) + "; Shapley values add up to "
                + Formats.money(result.shapleySumGbp()) + " (" + result.method() + ", " + result.coalitionsEvaluated()
                + " of " + result.coalitionsPossible() + " groups simulated).");
        for (FairShare.PartnerShare p : result.partners()) {
            out.println("  " + p.name() + ": Shapley " + Formats.money(p.shapleyGbp()) + ", alone "
                    + Formats.money(p.goAloneGbp()) + ", side payment " + Formats.money(p.sidePaymentGbp()));
        }
        if (!result.core().inCore()) {
            FairShare.Blocking b = result.core().blocking().get(0);
            out.println("Warning: " + String.join(", ", b.partners()) + " would gain " + Formats.money(b.gainGbp())
                    + " by pooling on their own" + (b.clear() ? "" : " (within noise)") + ".");
        }
        if (estimate != null) out.println(timeLine(estimate, result.seconds()));
        out.flush();
    }
}
