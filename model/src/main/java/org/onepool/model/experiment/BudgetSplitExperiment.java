package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.Version;
import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.optimise.budget.BudgetOptimiser;
import org.onepool.model.optimise.budget.BudgetPlan;
import org.onepool.model.optimise.budget.BudgetProblem;
import org.onepool.model.optimise.budget.BudgetScore;
import org.onepool.model.optimise.budget.NaivePlans;
import org.onepool.model.optimise.budget.PlanValue;
import org.onepool.model.optimise.budget.ResponseSurface;
import org.onepool.model.optimise.budget.SurfaceDesign;
import org.onepool.model.optimise.budget.SurfaceFeatures;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.workforce.Arm;

/**
 * Answers an invest-to-save budget split: simulate a designed set of plans on common random numbers,
 * fit a response surface to their NPVs, and refine it where it matters (simulate its optimum and plans
 * near it, refit: the surface is otherwise most wrong exactly where the optimiser goes). Then optimise
 * the split on the surface with OptaPlanner (for the expected and the P10 NPV) and verify the optimised plans and the naive ones with the full simulation
 * on fresh replications. Only verified NPVs are reported, with the surface's error at each verified plan.
 */
public final class BudgetSplitExperiment {
    /** Design plans simulated in one replication call, after one shared warm-up. */
    private static final int ARMS_PER_CALL = 24;
    /** Rounds of sequential design: simulate the surface's optimum and plans near it, and refit. */
    private static final int REFINEMENT_ROUNDS = 3;
    private static final int NEIGHBOURS = 4;

    private final Scenario scenario;
    private final BudgetSplitSettings settings;
    private final AppraisalContext context;
    private final BudgetProblem problem;
    private final Progress progress;

    private BudgetSplitExperiment(Scenario scenario, BudgetSplitSettings settings, Progress progress) {
        this.scenario = scenario;
        this.settings = settings;
        this.context = new AppraisalContext(scenario, settings.seed());
        this.problem = BudgetProblem.of(scenario, settings.split());
        this.progress = progress;
        // Every plan's appraisal cuts the same benefit streams: those of the option under the scenario's own plan.
        context.decideBenefitStreams(List.of(Arm.BASELINE, context.arm(problem.option(), null)),
                settings.designReplications(), settings.threads());
    }

    /** The split must have been checked ({@code BudgetSplitCheck}) against the scenario. */
    public static BudgetSplitResult run(Scenario scenario, String file, String sha256, BudgetSplitSettings settings,
                                        Progress progress) {
        long started = System.nanoTime();
        BudgetSplitExperiment e = new BudgetSplitExperiment(scenario, settings, progress);
        return e.answer(new Summary.ScenarioInfo(scenario.name(), file, sha256), started);
    }

    /**
     * The response surface the optimiser maximises, refined as {@link #run} refines it, without the
     * verification: to check the optimiser against an exact solution of the same problem.
     */
    public static ResponseSurface fittedSurface(Scenario scenario, BudgetSplitSettings settings, Progress progress) {
        return new BudgetSplitExperiment(scenario, settings, progress).fit().surface();
    }

    /** The fitted surface, the plans simulated to fit it, the refinement rounds and the design size. */
    private record Fit(ResponseSurface surface, List<BudgetPlan> design, List<BudgetSplitResult.Refinement> refinements,
                       int points) {
    }

    private Fit fit() {
        SurfaceFeatures features = new SurfaceFeatures(problem, context.years, context.factors);
        int points = settings.designPoints() > 0 ? settings.designPoints() : SurfaceDesign.recommendedSize(features);
        List<BudgetPlan> design = new ArrayList<>(SurfaceDesign.plans(problem, points, settings.seed()));
        List<double[]> npv = new ArrayList<>(List.of(simulate(design)));
        BudgetOptimiser optimiser = new BudgetOptimiser(settings.seed());
        List<BudgetSplitResult.Refinement> refinements = new ArrayList<>();
        ResponseSurface surface = ResponseSurface.fit(features, design, npv.toArray(new double[0][]));
        for (int round = 1; round <= REFINEMENT_ROUNDS; round++) {
            BudgetPlan best = optimiser.solve(new PlanValue(problem, surface.objective(settings.objective()))).plan();
            List<BudgetPlan> added = new ArrayList<>();
            if (!design.contains(best)) added.add(best);
            added.addAll(SurfaceDesign.neighbours(problem, best, NEIGHBOURS, settings.seed() + round));
            added.removeIf(design::contains);
            if (added.isEmpty()) break;
            double[][] simulated = simulate(added);
            refinements.add(new BudgetSplitResult.Refinement(round, added.size(), surface.mean(added.get(0)),
                    StatsOf.of(simulated[0]).mean()));
            design.addAll(added);
            npv.addAll(List.of(simulated));
            surface = ResponseSurface.fit(features, design, npv.toArray(new double[0][]));
        }
        return new Fit(surface, design, refinements, points);
    }

    private BudgetSplitResult answer(Summary.ScenarioInfo info, long started) {
        Fit fit = fit();
        ResponseSurface surface = fit.surface();
        SurfaceFeatures features = surface.features();
        BudgetOptimiser optimiser = new BudgetOptimiser(settings.seed());
        List<Candidate> candidates = new ArrayList<>();
        BudgetPlan byMean = optimiser.solve(new PlanValue(problem, surface.objective(BudgetObjective.MEAN))).plan();
        BudgetPlan byP10 = optimiser.solve(new PlanValue(problem, surface.objective(BudgetObjective.P10))).plan();
        candidates.add(new Candidate("optimised-mean", "Optimised for expected NPV", byMean));
        if (!byP10.equals(byMean)) candidates.add(new Candidate("optimised-p10", "Optimised for P10 NPV (cautious)", byP10));
        int optimised = candidates.size();
        candidates.add(new Candidate("equal-split", "Equal split over the levers", NaivePlans.equalSplit(problem)));
        candidates.add(new Candidate("best-single-lever", "Everything in the single best lever",
                NaivePlans.bestSingleLever(problem, surface.objective(settings.objective()))));
        BudgetPlan own = NaivePlans.scenarioPlan(problem);
        if (own != null) candidates.add(new Candidate("scenario-plan", "The scenario's own plan", own));

        double[][] verified = verify(candidates.stream().map(Candidate::plan).toList());
        int best = 0;
        for (int k = 1; k < optimised; k++) if (objective(verified[k]) > objective(verified[best])) best = k;

        PlanValue limits = new PlanValue(problem, plan -> 0);
        List<BudgetSplitResult.PlanResult> results = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            double[] diff = new double[verified[k].length];
            for (int r = 0; r < diff.length; r++) diff[r] = verified[k][r] - verified[best][r];
            results.add(PlanResults.plan(c.id(), c.name(), k < optimised ? "optimised" : "naive", c.plan(), problem,
                    context.years, BudgetScore.of(c.plan(), limits).hardScore() == 0, verified[k], surface, diff));
        }
        return new BudgetSplitResult(info, Version.get(), settings.seed(), question(fit.points()),
                PlanResults.levers(problem, scenario), new BudgetSplitResult.Surface(features.count(),
                fit.design().size(), surface.rSquared(), surface.rmseGbp(), fit.refinements()),
                candidates.get(best).id(), results,
                (System.nanoTime() - started) / 1e9);
    }

    /** A plan put to verification, with the id and name it is reported under. */
    private record Candidate(String id, String name, BudgetPlan plan) {
    }

    private double objective(double[] npv) {
        return settings.objective() == BudgetObjective.MEAN ? StatsOf.of(npv).mean() : StatsOf.of(npv).p10();
    }

    /** NPV [design plan][replication] on the design replications 0..n-1. */
    private double[][] simulate(List<BudgetPlan> design) {
        int n = settings.designReplications();
        int calls = (design.size() + ARMS_PER_CALL - 1) / ARMS_PER_CALL;
        double[][] npv = new double[design.size()][n];
        progress.begin("Design: " + design.size() + " plans", (long) n * calls);
        OrderedParallel.run(n * calls, settings.threads(), task -> {
            int r = task / calls;
            int from = task % calls * ARMS_PER_CALL;
            return npvs(r, design.subList(from, Math.min(design.size(), from + ARMS_PER_CALL)));
        }, (out, task) -> {
            int r = task / calls;
            int from = task % calls * ARMS_PER_CALL;
            for (int k = 0; k < out.length; k++) npv[from + k][r] = out[k];
        }, progress);
        return npv;
    }

    /** NPV [plan][replication] on fresh replications after the design's. */
    private double[][] verify(List<BudgetPlan> plans) {
        int n = settings.verificationReplications();
        int offset = settings.designReplications();
        double[][] npv = new double[plans.size()][n];
        progress.begin("Verification: " + plans.size() + " plans", n);
        OrderedParallel.run(n, settings.threads(), r -> npvs(offset + r, plans), (out, r) -> {
            for (int k = 0; k < out.length; k++) npv[k][r] = out[k];
        }, progress);
        return npv;
    }

    private double[] npvs(int r, List<BudgetPlan> plans) {
        ScenarioValues values = context.sampled(r);
        List<Arm> arms = new ArrayList<>();
        arms.add(Arm.BASELINE);
        for (BudgetPlan plan : plans) arms.add(new Arm(problem.option(), null, PlanFunding.of(problem, plan, context.years)));
        return context.npvs(r, values, arms);
    }

    private BudgetSplitResult.Question question(int points) {
        var split = settings.split();
        List<String> labels = new ArrayList<>();
        for (int y = 0; y < problem.years(); y++) labels.add(context.years.label(y));
        return new BudgetSplitResult.Question(problem.option().id(), problem.option().name(), problem.budgetGbp(),
                problem.years(), labels, problem.trancheGbp(), split.annualCapGbp(), settings.objective().id(), points,
                settings.designReplications(), settings.verificationReplications(), settings.threads());
    }
}
