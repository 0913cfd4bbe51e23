package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SubPillarType;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Splits a budget with OptaPlanner on a predicted value: a construction heuristic, then a tabu search
 * that ends after a number of unimproved steps or of score calculations (never a time limit; the
 * calculation limit also ends a step that finds no acceptable move), with a fixed seed, so the same
 * problem and seed always give the same plan.
 */
public final class BudgetOptimiser {
    private final SolverFactory<BudgetSolution> factory;

    public BudgetOptimiser(long seed, int unimprovedStepLimit, long scoreCalculationLimit) {
        this(seed, unimprovedStepLimit, scoreCalculationLimit, EnvironmentMode.REPRODUCIBLE);
    }

    /** In another environment mode: FULL_ASSERT, in a test, checks every step's score against a full recalculation. */
    BudgetOptimiser(long seed, int unimprovedStepLimit, long scoreCalculationLimit, EnvironmentMode mode) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(BudgetSolution.class)
                .withEntityClasses(Tranche.class)
                .withConstraintProviderClass(BudgetConstraints.class)
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                // Tranches are alike: moving one, or all that share a slot, is what counts; every
                                // such move is tried each step, and the best one not tabu is taken.
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                        .withSelectionOrder(SelectionOrder.ORIGINAL)
                                        .withMoveSelectors(new ChangeMoveSelectorConfig(),
                                                new PillarChangeMoveSelectorConfig().withSubPillarType(SubPillarType.NONE)))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.2))
                                .withForagerConfig(new LocalSearchForagerConfig())
                                .withTerminationConfig(new TerminationConfig()
                                        .withUnimprovedStepCountLimit(unimprovedStepLimit)
                                        .withScoreCalculationCountLimit(scoreCalculationLimit)));
        this.factory = SolverFactory.create(config);
    }

    public BudgetOptimiser(long seed) {
        this(seed, 60, 200_000);
    }

    /** The best plan found and its score. */
    public record Result(BudgetPlan plan, HardSoftLongScore score) {
    }

    public Result solve(PlanValue value) {
        BudgetSolution solved = factory.buildSolver().solve(BudgetSolution.of(value.problem(), value));
        List<BudgetSlot> slots = new ArrayList<>();
        for (Tranche t : solved.getTranches()) slots.add(t.getSlot());
        return new Result(BudgetPlan.of(value.problem(), slots), solved.getScore());
    }
}
