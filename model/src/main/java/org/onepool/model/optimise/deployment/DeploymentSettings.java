package org.onepool.model.optimise.deployment;

/** The problem's budget and prices, as one problem fact the constraints can join. */
public record DeploymentSettings(long trainingBudgetGbp, DeploymentWeights weights) {
}
