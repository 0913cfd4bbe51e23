package org.onepool.model.optimise.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;

class ReassignMoveFactoryTest {
    /** A score director that only hands out the working plan (the moves read it and notify it of changes). */
    @SuppressWarnings("unchecked")
    private static ScoreDirector<DeploymentSolution> director(DeploymentSolution solution) {
        return (ScoreDirector<DeploymentSolution>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getWorkingSolution")) return solution;
                    if (method.getName().equals("lookUpWorkingObject")) return args[0];
                    return null;
                });
    }

    private static long spend(DeploymentSolution s) {
        long total = 0;
        for (Assignment a : s.getAssignments()) total += a.trainingCostGbp();
        return total;
    }

    /**
     * In original order the factory lists every person to every post they may take and out, once each — as
     * many moves as it says it has — and every move, done on a plan over budget, leaves the course spend
     * within the budget (courses dropped from the first trained person on).
     */
    @Test
    void inOriginalOrderEveryMoveIsListedOnceAndEachEndsWithinTheBudget() {
        ReassignMoveFactory factory = new ReassignMoveFactory();
        for (long seed = 1; seed <= 5; seed++) {
            DeploymentProblem problem = DeploymentFamilies.BUDGET_CHAIN.make(seed, 7, 7);
            DeploymentSolution solution = DeploymentSolution.of(problem);
            // A plan over budget: everyone in their first free eligible post, whatever it costs.
            Set<OpenPost> taken = new HashSet<>();
            for (Assignment a : solution.getAssignments()) {
                for (OpenPost p : a.getEligiblePosts()) {
                    if (taken.add(p)) {
                        a.setPost(p);
                        break;
                    }
                }
            }
            long budget = solution.getSettings().trainingBudgetGbp();
            ScoreDirector<DeploymentSolution> director = director(solution);
            List<Move<DeploymentSolution>> moves = new ArrayList<>();
            Iterator<ReassignMove> it = factory.createOriginalMoveIterator(director);
            while (it.hasNext()) moves.add(it.next());
            assertThat((long) moves.size()).isEqualTo(factory.getSize(director));
            List<OpenPost> before = solution.getAssignments().stream().map(Assignment::getPost).toList();
            for (Move<DeploymentSolution> move : moves) {
                Move<DeploymentSolution> undo = move.doMove(director);
                assertThat(spend(solution)).isLessThanOrEqualTo(Math.max(budget, 0));
                undo.doMove(director);
                assertThat(solution.getAssignments().stream().map(Assignment::getPost).toList()).isEqualTo(before);
            }
        }
    }
}
