package org.onepool.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.onepool.model.optimise.deployment.Assignment;
import org.onepool.model.optimise.deployment.DeploymentConstraints;
import org.onepool.model.optimise.deployment.DeploymentFamilies;
import org.onepool.model.optimise.deployment.DeploymentOptimiser;
import org.onepool.model.optimise.deployment.DeploymentSolution;
import org.onepool.model.optimise.deployment.ReassignMoveFactory;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Chooses the deployment search's acceptor with OptaPlanner's benchmarker: each candidate gets the same
 * number of score calculations in its local search on the same instances (one of every family, at
 * the size given), so they are compared at equal effort. The HTML report goes to
 * target/deployment-acceptors/; its summary is kept in benchmarks/deployment-acceptors.md.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.onepool.benchmarks.DeploymentAcceptorBenchmark [people posts]</pre>
 */
public final class DeploymentAcceptorBenchmark {
    /** Score calculations per person for each local search. */
    static final long CALCULATIONS_PER_PERSON = 1_000;

    private DeploymentAcceptorBenchmark() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : people;
        List<DeploymentSolution> problems = new ArrayList<>();
        for (DeploymentFamilies family : DeploymentFamilies.values()) {
            for (long seed = 0; seed < 1; seed++) {
                problems.add(DeploymentSolution.of(DeploymentOptimiser.inIdOrder(family.instance(seed, people, posts))));
            }
        }
        long calculations = CALCULATIONS_PER_PERSON * people;
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
        config.setName("deployment acceptors " + people + " x " + posts);
        config.setBenchmarkDirectory(new File("target/deployment-acceptors"));
        config.setParallelBenchmarkCount("1");
        config.setSolverBenchmarkConfigList(List.of(
                candidate("tabu entity 10pct - 100 accepted", new LocalSearchAcceptorConfig().withEntityTabuRatio(0.1), 100,
                        calculations),
                candidate("tabu entity 2pct - 1000 accepted", new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02), 1000,
                        calculations),
                candidate("late acceptance 400 - 1 accepted", new LocalSearchAcceptorConfig().withLateAcceptanceSize(400), 1,
                        calculations),
                candidate("simulated annealing 200soft - 1 accepted",
                        new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("0hard/200soft"), 1,
                        calculations)));
        File report = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
        System.out.println("Report: " + report);
    }

    private static SolverBenchmarkConfig candidate(String name, LocalSearchAcceptorConfig acceptor, int accepted,
                                                   long calculations) {
        SolverConfig solver = new SolverConfig()
                .withSolutionClass(DeploymentSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(DeploymentConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(1L)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(ReassignMoveFactory.class))
                        .withAcceptorConfig(acceptor)
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(accepted))
                        .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(calculations)));
        SolverBenchmarkConfig benchmark = new SolverBenchmarkConfig();
        benchmark.setName(name);
        benchmark.setSolverConfig(solver);
        return benchmark;
    }
}
