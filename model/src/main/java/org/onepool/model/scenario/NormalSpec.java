package org.onepool.model.scenario;

/** Parameters of a normal distribution. */
public record NormalSpec(double mean, double sd) {
}
