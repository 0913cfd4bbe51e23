package org.onepool.model.optimise.deployment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Places pooled people. A problem of at most {@value #EXACT_PEOPLE} people is solved exactly by branch and
 * bound when that closes within {@value #EXACT_NODE_LIMIT} search nodes; any other goes to OptaPlanner: a
 * construction heuristic, then a local search of {@link ReassignMoveFactory} moves under the acceptor the
 * benchmarks chose (see {@link #localSearch}), ending after a number of steps, or of steps without
 * improvement, that grows with the number of people; never a time limit, so the same problem always gets
 * the same plan on any machine. The lists are put in id order first, so a plan does not depend on the
 * order people, posts and courses were listed in. Thread-safe; build once, call many times.
 */
public final class DeploymentOptimiser implements DeploymentPolicy {
    /** Largest problem, in people, tried by exact search first. */
    public static final int EXACT_PEOPLE = 12;
    /** Search nodes the exact search may use before handing over to the local search. */
    public static final long EXACT_NODE_LIMIT = 1_000_000;

    /** Local search steps allowed per person, and steps without a better plan before it stops. */
    static final int STEPS_PER_PERSON = 2_000;
    static final int UNIMPROVED_STEPS_PER_PERSON = 500;
    /** Backstop on score calculations per step allowed (a step normally takes a few). */
    static final int CALCULATIONS_PER_STEP = 200;

    private final long seed;
    private final Map<List<Integer>, SolverFactory<DeploymentSolution>> factories = new ConcurrentHashMap<>();
    private final EnvironmentMode mode;
    private final boolean exactFirst;
    private final int stepsPerPerson;
    private final int unimprovedStepsPerPerson;

    public DeploymentOptimiser() {
        this(1);
    }

    public DeploymentOptimiser(long seed) {
        this(seed, EnvironmentMode.REPRODUCIBLE, true, STEPS_PER_PERSON, UNIMPROVED_STEPS_PER_PERSON);
    }

    /**
     * For tests and benchmarks: OptaPlanner's environment mode (FULL_ASSERT checks every move's score),
     * whether small problems go to the exact search first, and the local search's step limits per person.
     */
    DeploymentOptimiser(long seed, EnvironmentMode mode, boolean exactFirst, int stepsPerPerson,
                        int unimprovedStepsPerPerson) {
        this.seed = seed;
        this.mode = mode;
        this.exactFirst = exactFirst;
        this.stepsPerPerson = stepsPerPerson;
        this.unimprovedStepsPerPerson = unimprovedStepsPerPerson;
    }

    /** The local search alone, whatever the size (to measure it where the exact search would answer). */
    public static DeploymentOptimiser localSearchOnly(long seed) {
        return new DeploymentOptimiser(seed, EnvironmentMode.REPRODUCIBLE, false, STEPS_PER_PERSON,
                UNIMPROVED_STEPS_PER_PERSON);
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
            if (!start.getAssignments().isEmpty()) {
                DeploymentSolution solved = factory(ordered.people().size(), ordered.posts().size()).buildSolver()
                        .solve(start);
                for (Assignment a : solved.getAssignments()) if (a.getPost() != null) placed.put(a.getId(), a.getPost());
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
     * One solver factory per size class (the people and posts rounded up to powers of two, at least 16),
     * each with its step limits.
     */
    private SolverFactory<DeploymentSolution> factory(int people, int posts) {
        List<Integer> sizeClass = List.of(roundUp(people), roundUp(posts));
        return factories.computeIfAbsent(sizeClass, c -> SolverFactory.create(config(c.get(0), c.get(1))));
    }

    private static int roundUp(int n) {
        return Integer.highestOneBit(Math.max(16, n - 1)) * 2;
    }

    SolverConfig config(int people, int posts) {
        return new SolverConfig()
                .withSolutionClass(DeploymentSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(DeploymentConstraints.class)
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        localSearch(people * stepsPerPerson, people * unimprovedStepsPerPerson,
                                people * (posts + 1L) + people * (long) stepsPerPerson * CALCULATIONS_PER_STEP));
    }

    /**
     * Late acceptance over the problem's own moves, with step limits on this phase alone (the
     * construction heuristic does not eat into them). The count of score calculations is a backstop only:
     * it covers the construction heuristic (at most one per person and post) and a generous number per
     * step, and ends a step at a strict local optimum, where no move is acceptable and the step would
     * otherwise never end.
     */
    static LocalSearchPhaseConfig localSearch(int steps, int unimprovedSteps, long calculations) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReassignMoveFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(new TerminationConfig()
                        .withStepCountLimit(steps)
                        .withUnimprovedStepCountLimit(unimprovedSteps)
                        .withScoreCalculationCountLimit(calculations));
    }

    /** Settings for use inside a replication. */
    public static DeploymentOptimiser forSimulation(long seed) {
        return new DeploymentOptimiser(seed);
    }
}
