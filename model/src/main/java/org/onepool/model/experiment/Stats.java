package org.onepool.model.experiment;

/** A quantity's distribution over replications: mean and the 10th, 50th and 90th percentiles. */
public record Stats(double mean, double p10, double p50, double p90) {
    public static final Stats ZERO = new Stats(0, 0, 0, 0);
}
