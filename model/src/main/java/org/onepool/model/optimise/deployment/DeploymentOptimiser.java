package org.onepool.model.optimise.deployment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Places pooled people. A problem of at most {@value #EXACT_PEOPLE} people is solved exactly by branch and
 * bound when that closes within {@value #EXACT_NODE_LIMIT} search nodes; any other starts from the plan of
 * the budget's Lagrangian relaxation ({@link LagrangianStart}: best assignments with the courses priced,
 * by the Hungarian algorithm) and goes to OptaPlanner for simulated annealing over
 * {@link ReassignMoveFactory} moves (the acceptor the benchmarks chose, see {@link #localSearch}), ending
 * after a number of steps in proportion to the number of people; never a time limit, so the same problem
 * always gets the same plan on any machine. The lists are put in id order first, so a plan does not depend
 * on the order people, posts and courses were listed in. Thread-safe; build once, call many times.
 */
public final class DeploymentOptimiser implements DeploymentPolicy {
    /** Largest problem, in people, tried by exact search first. */
    public static final int EXACT_PEOPLE = 12;
    /** Search nodes the exact search may use before handing over to the local search. */
    public static final long EXACT_NODE_LIMIT = 1_000_000;

    /** Local search steps per person for `onepool deploy`, and inside the simulation's monthly calls. */
    static final int STEPS_PER_PERSON = 200;
    static final int SIMULATION_STEPS_PER_PERSON = 30;
    /**
     * Most local search steps in one call, whatever the size: from the relaxation's plan the search only
     * polishes it (an assumption, checked by the figures at 200 and 500 people in benchmarks/README.md).
     */
    static final int MOST_STEPS = 100 * STEPS_PER_PERSON;

    private final long seed;
    private final Map<List<Integer>, SolverFactory<DeploymentSolution>> factories = new ConcurrentHashMap<>();
    private final EnvironmentMode mode;
    private final boolean exactFirst;
    private final int stepsPerPerson;

    public DeploymentOptimiser() {
        this(1);
    }

    /** The full search, as `onepool deploy` runs it. */
    public DeploymentOptimiser(long seed) {
        this(seed, STEPS_PER_PERSON);
    }

    /** With the local search's length in steps per person. */
    public DeploymentOptimiser(long seed, int stepsPerPerson) {
        this(seed, EnvironmentMode.REPRODUCIBLE, true, stepsPerPerson);
    }

    /**
     * For tests and benchmarks: OptaPlanner's environment mode (FULL_ASSERT checks every move's score),
     * whether small problems go to the exact search first, and the local search's step limits per person.
     */
    DeploymentOptimiser(long seed, EnvironmentMode mode, boolean exactFirst, int stepsPerPerson) {
        this.seed = seed;
        this.mode = mode;
        this.exactFirst = exactFirst;
        this.stepsPerPerson = stepsPerPerson;
    }

    /** The local search alone, whatever the size (to measure it where the exact search would answer). */
    public static DeploymentOptimiser localSearchOnly(long seed) {
        return new DeploymentOptimiser(seed, EnvironmentMode.REPRODUCIBLE, false, STEPS_PER_PERSON);
    }

    @Override
    public DeploymentPlan plan(DeploymentProblem problem) {
        if (problem.people().isEmpty() || problem.posts().isEmpty()) return DeploymentScore.plan(problem, Map.of());
        DeploymentProblem ordered = inIdOrder(problem);
        Map<String, OpenPost> placed = new HashMap<>();
        Optional<DeploymentPlan> exact = exactFirst && ordered.people().size() <= EXACT_PEOPLE
                ? new BranchAndBoundDeployment(EXACT_NODE_LIMIT).plan(ordered) : Optional.empty();
        if (exact.isPresent()) {
            Map<String, OpenPost> byId = new HashMap<>();
            for (OpenPost post : problem.posts()) byId.put(post.id(), post);
            for (DeploymentPlan.Placement p : exact.get().placements()) placed.put(p.personId(), byId.get(p.postId()));
        } else {
            DeploymentSolution start = DeploymentSolution.of(ordered);
            LagrangianStart.Start relaxed = LagrangianStart.start(ordered);
            for (Assignment a : start.getAssignments()) a.setPost(relaxed.placed().get(a.getId()));
            // A starting plan that reaches the relaxation's bound is optimal: nothing to search.
            if (!start.getAssignments().isEmpty() && !relaxed.optimal()) {
                DeploymentSolution solved = factory(ordered.people().size(), ordered.posts().size()).buildSolver()
                        .solve(start);
                for (Assignment a : solved.getAssignments()) if (a.getPost() != null) placed.put(a.getId(), a.getPost());
            } else {
                placed.putAll(relaxed.placed());
            }
        }
        return DeploymentScore.plan(problem, placed);
    }

    /** The same problem with people, posts and courses sorted by id. */
    public static DeploymentProblem inIdOrder(DeploymentProblem p) {
        return new DeploymentProblem(p.people().stream().sorted(Comparator.comparing(PooledPerson::id)).toList(),
                p.posts().stream().sorted(Comparator.comparing(OpenPost::id)).toList(),
                p.training().stream().sorted(Comparator.comparing(TrainingOption::id)).toList(),
                p.trainingBudgetGbp(), p.weights());
    }

    /**
     * One solver factory per size class (the people and posts rounded up to powers of two, at least 8),
     * each with its step limits.
     */
    private SolverFactory<DeploymentSolution> factory(int people, int posts) {
        List<Integer> sizeClass = List.of(roundUp(people), roundUp(posts));
        return factories.computeIfAbsent(sizeClass, c -> SolverFactory.create(config(c.get(0), c.get(1))));
    }

    private static int roundUp(int n) {
        return Integer.highestOneBit(Math.max(4, n - 1)) * 2;
    }

    SolverConfig config(int people, int posts) {
        return new SolverConfig()
                .withSolutionClass(DeploymentSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(DeploymentConstraints.class)
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withPhases(localSearch(Math.min(MOST_STEPS, people * stepsPerPerson)));
    }

    /**
     * Simulated annealing over the problem's own moves (chosen over tabu search and late acceptance by
     * OptaPlanner's benchmarker at equal effort: benchmarks/deployment-acceptors.md), its temperature
     * falling over a number of steps; it also ends when a step finds no acceptable move
     * ({@link StuckStepTermination}).
     */
    static LocalSearchPhaseConfig localSearch(int steps) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReassignMoveFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("0hard/200soft"))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(new TerminationConfig()
                        .withStepCountLimit(steps)
                        .withTerminationClass(StuckStepTermination.class));
    }

    /** Settings for the simulation's monthly calls: a shorter local search. */
    public static DeploymentOptimiser forSimulation(long seed) {
        return new DeploymentOptimiser(seed, SIMULATION_STEPS_PER_PERSON);
    }
}
