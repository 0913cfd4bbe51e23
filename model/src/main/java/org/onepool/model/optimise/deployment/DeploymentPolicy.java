package org.onepool.model.optimise.deployment;

/** A way to place pooled people in open posts: optimised (OptaPlanner) or first-come greedy. */
public interface DeploymentPolicy {
    DeploymentPlan plan(DeploymentProblem problem);
}
