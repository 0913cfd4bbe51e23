package org.onepool.model.scenario;

/** A lognormal distribution given the way people state one: its median and its 90th percentile. */
public record LogNormalSpec(double median, double p90) {
}
