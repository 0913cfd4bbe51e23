package org.onepool.model.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.ResponseSurface;
import org.onepool.model.optimise.budget.SurfaceFeatures;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * The surface `onepool optimise scenarios/one-oxfordshire.yaml` fits (its defaults: 16 design replications,
 * the scenario's seed), for the slow reports that measure the budget split against an exact optimum.
 * Fitting simulates the design on the full scenario (minutes), so the coefficients may be kept in a file
 * named by {@code -Dbudget.surfaceCache} and read back on the next run: the features are rebuilt from the
 * scenario as the fit builds them.
 */
public final class BundledSurface {
    private BundledSurface() {
    }

    /** The scenario's master seed, which `onepool optimise` gives the optimiser. */
    public static long seed() {
        try {
            return ScenarioLoader.load(Path.of("../scenarios/one-oxfordshire.yaml")).appraisal().seed();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ResponseSurface oneOxfordshire() {
        try {
            Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/one-oxfordshire.yaml"));
            long seed = scenario.appraisal().seed();
            String cache = System.getProperty("budget.surfaceCache");
            Path file = cache == null ? null : Path.of(cache);
            if (file != null && Files.exists(file)) {
                AppraisalContext context = new AppraisalContext(scenario, seed);
                SurfaceFeatures features = new SurfaceFeatures(BudgetProblem.of(scenario, scenario.budgetSplit()),
                        context.years, context.factors);
                List<String> lines = Files.readAllLines(file);
                String[] fit = lines.get(0).split(" ");
                double[][] coefficients = new double[lines.size() - 1][];
                for (int j = 1; j < lines.size(); j++) {
                    String[] row = lines.get(j).trim().split(" ");
                    coefficients[j - 1] = new double[row.length];
                    for (int r = 0; r < row.length; r++) coefficients[j - 1][r] = Double.parseDouble(row[r]);
                }
                return new ResponseSurface(features, coefficients, Double.parseDouble(fit[0]), Double.parseDouble(fit[1]));
            }
            ResponseSurface surface = BudgetSplitExperiment.fittedSurface(scenario, new BudgetSplitSettings(
                    scenario.budgetSplit(), BudgetObjective.MEAN, seed, 2, 16, 0, 0), Progress.NONE);
            if (file != null) {
                List<String> lines = new ArrayList<>();
                lines.add(surface.rSquared() + " " + surface.rmseGbp());
                for (double[] row : surface.coefficients()) {
                    StringBuilder b = new StringBuilder();
                    for (double v : row) b.append(Double.toString(v)).append(' ');
                    lines.add(b.toString().trim());
                }
                Files.write(file, lines);
            }
            return surface;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }
}
