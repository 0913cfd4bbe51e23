package org.onepool.model.optimise.deployment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * First come, first served: each post in the order it opened takes the first eligible person in the
 * order they joined the pool, buying a course when the budget still allows. What an HR team does by hand.
 */
public final class GreedyDeployment implements DeploymentPolicy {
    @Override
    public DeploymentPlan plan(DeploymentProblem problem) {
        Map<String, OpenPost> placed = new HashMap<>();
        Set<String> taken = new HashSet<>();
        long budgetLeft = problem.trainingBudgetGbp();
        for (OpenPost post : problem.posts()) {
            for (PooledPerson person : problem.people()) {
                if (taken.contains(person.id()) || !Eligibility.eligible(problem, person, post)) continue;
                long training = Eligibility.trainingCost(problem, person, post);
                if (training > budgetLeft) continue;
                budgetLeft -= training;
                taken.add(person.id());
                placed.put(person.id(), post);
                break;
            }
        }
        return DeploymentScore.plan(problem, placed);
    }
}
