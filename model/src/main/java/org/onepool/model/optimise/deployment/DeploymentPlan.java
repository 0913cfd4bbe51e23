package org.onepool.model.optimise.deployment;

import java.util.List;

/**
 * A deployment plan: who goes where, with which course, its training spend and its score (hard rules
 * broken; soft: GBP, higher is better).
 */
public record DeploymentPlan(List<Placement> placements, long trainingSpendGbp, long hardScore, long softScore,
                             List<String> unplacedPeople, List<String> vacantPosts) {

    /** One person placed in one post; {@code trainingId} null when no course is needed. */
    public record Placement(String personId, String postId, String trainingId) {
    }

    public boolean feasible() {
        return hardScore == 0;
    }
}
