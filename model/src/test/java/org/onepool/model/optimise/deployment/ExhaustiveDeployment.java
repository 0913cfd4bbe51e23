package org.onepool.model.optimise.deployment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every feasible plan of a small problem, scored exactly; the best is the true optimum the optimiser is
 * checked against. Only for instances of a handful of people and posts.
 */
final class ExhaustiveDeployment implements DeploymentPolicy {
    private long[] best;
    private Map<String, OpenPost> bestPlan;

    @Override
    public DeploymentPlan plan(DeploymentProblem problem) {
        if (problem.people().size() > 10 || problem.posts().size() > 10) {
            throw new IllegalArgumentException("exhaustive search is for at most 10 people and 10 posts");
        }
        best = null;
        bestPlan = Map.of();
        search(problem, 0, new HashMap<>(), new HashSet<>(), 0);
        return DeploymentScore.plan(problem, bestPlan);
    }

    private void search(DeploymentProblem problem, int index, Map<String, OpenPost> placed, Set<String> filled,
                        long spend) {
        if (index == problem.people().size()) {
            long[] score = DeploymentScore.of(problem, placed);
            if (best == null || score[0] > best[0] || score[0] == best[0] && score[1] > best[1]) {
                best = score;
                bestPlan = new HashMap<>(placed);
            }
            return;
        }
        PooledPerson person = problem.people().get(index);
        search(problem, index + 1, placed, filled, spend);
        for (OpenPost post : problem.posts()) {
            if (filled.contains(post.id()) || !Eligibility.eligible(problem, person, post)) continue;
            long training = Eligibility.trainingCost(problem, person, post);
            if (spend + training > problem.trainingBudgetGbp()) continue;
            placed.put(person.id(), post);
            filled.add(post.id());
            search(problem, index + 1, placed, filled, spend + training);
            placed.remove(person.id());
            filled.remove(post.id());
        }
    }
}
