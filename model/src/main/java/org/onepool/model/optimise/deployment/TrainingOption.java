package org.onepool.model.optimise.deployment;

/** A course that grants a skill, at a cost, over some months. */
public record TrainingOption(String id, String skill, long costGbp, int months) {
}
