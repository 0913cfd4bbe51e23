package org.onepool.model.optimise.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Places pooled people with OptaPlanner: a construction heuristic, then a late-acceptance local search
 * that ends after a number of unimproved steps or of score calculations (never a time limit), with a
 * fixed seed, so the same problem always gets the same plan and a call inside the Monte Carlo costs a
 * bounded amount. The calculation limit also ends a step that finds no acceptable move. Build once, call
 * many times.
 */
public final class DeploymentOptimiser implements DeploymentPolicy {
    private final SolverFactory<DeploymentSolution> factory;

    public DeploymentOptimiser(long seed, int unimprovedStepLimit, long scoreCalculationLimit) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(DeploymentSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(DeploymentConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(3))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1_000))
                                .withTerminationConfig(new TerminationConfig()
                                        .withUnimprovedStepCountLimit(unimprovedStepLimit)
                                        .withScoreCalculationCountLimit(scoreCalculationLimit)));
        this.factory = SolverFactory.create(config);
    }

    /** Settings for use inside a replication: cheap and deterministic. */
    public static DeploymentOptimiser forSimulation(long seed) {
        return new DeploymentOptimiser(seed, 500, 20_000);
    }

    @Override
    public DeploymentPlan plan(DeploymentProblem problem) {
        if (problem.people().isEmpty() || problem.posts().isEmpty()) return DeploymentScore.plan(problem, Map.of());
        Solver<DeploymentSolution> solver = factory.buildSolver();
        DeploymentSolution solved = solver.solve(DeploymentSolution.of(problem));
        Map<String, OpenPost> placed = new HashMap<>();
        List<Assignment> assignments = solved.getAssignments();
        for (Assignment a : assignments) if (a.getPost() != null) placed.put(a.getPerson().id(), a.getPost());
        return DeploymentScore.plan(problem, placed);
    }
}
