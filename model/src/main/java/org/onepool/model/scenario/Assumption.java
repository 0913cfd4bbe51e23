package org.onepool.model.scenario;

/**
 * One numeric input of a scenario, as the assumptions register prints it.
 *
 * @param path     field path, e.g. {@code partners[0].workforce[1].turnover.tenureBands[0].annualRate}
 * @param input    the number as given (identity matters: it is the key for sampled values)
 * @param perEvent true when the distribution is drawn per event (variability), not per replication
 */
public record Assumption(String path, Uncertain input, boolean perEvent) {

    /** True when the input is sampled per replication: uncertain, and not a per-event distribution. */
    public boolean isUncertain() {
        return !perEvent && !input.isFixed();
    }
}
