package org.onepool.model.projection;

/** A projection cell over replications: its mean and P10/P50/P90 (NaN for a measure with a mean only). */
public record Band(double mean, double p10, double p50, double p90) {
    public static final Band ZERO = new Band(0, 0, 0, 0);
}
