package org.onepool.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.onepool.model.finance.DiscountRates;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.optimise.budget.BudgetOptimiser;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.PlanValue;
import org.onepool.model.optimise.budget.ResponseSurface;
import org.onepool.model.optimise.budget.SurfaceDesign;
import org.onepool.model.optimise.budget.SurfaceFeatures;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One budget-split optimisation of One Oxfordshire's size (30 tranches of GBP 10k over 4 levers x 9
 * partners x 2 years = 72 slots) on a response surface of 16 replications, and one fit of that surface
 * to 99 design plans. The surface's NPVs are made up: this measures the optimiser, not the simulation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class BudgetSplitBenchmark {
    private static final int REPLICATIONS = 16;
    private BudgetOptimiser optimiser;
    private SurfaceFeatures features;
    private List<BudgetPlan> design;
    private double[][] npv;
    private PlanValue mean;
    private PlanValue p10;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/one-oxfordshire.yaml"));
        BudgetProblem problem = BudgetProblem.of(scenario, scenario.budgetSplit());
        var appraisal = scenario.appraisal();
        FinancialYears years = new FinancialYears(appraisal.start(), appraisal.horizonMonths());
        features = new SurfaceFeatures(problem, years, DiscountRates.of(appraisal).factors(years.years()));
        design = SurfaceDesign.plans(problem, 99, 1);
        Random random = new Random(1);
        double[] truth = new double[features.count()];
        for (int j = 1; j < truth.length - 1; j++) truth[j] = random.nextDouble() * 2e6 - 2e5;
        truth[truth.length - 1] = -1.1e5;
        npv = new double[design.size()][REPLICATIONS];
        for (int i = 0; i < design.size(); i++) {
            double[] x = features.of(design.get(i));
            for (int r = 0; r < REPLICATIONS; r++) {
                double noise = 1 + 0.3 * random.nextGaussian();
                for (int j = 0; j < x.length; j++) npv[i][r] += x[j] * truth[j] * noise;
            }
        }
        ResponseSurface surface = ResponseSurface.fit(features, design, npv);
        mean = new PlanValue(problem, surface.objective(BudgetObjective.MEAN));
        p10 = new PlanValue(problem, surface.objective(BudgetObjective.P10));
        optimiser = new BudgetOptimiser(1);
    }

    @Benchmark
    public BudgetOptimiser.Result optimiseMean() {
        return optimiser.solve(mean);
    }

    @Benchmark
    public BudgetOptimiser.Result optimiseP10() {
        return optimiser.solve(p10);
    }

    @Benchmark
    public ResponseSurface fitSurface() {
        return ResponseSurface.fit(features, design, npv);
    }
}
