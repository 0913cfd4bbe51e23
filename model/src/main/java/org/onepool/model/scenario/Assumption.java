package org.onepool.model.scenario;

/**
 * One numeric input of a scenario, as the assumptions register prints it.
 *
 * @param path     field path, e.g. {@code partners[0].workforce[1].turnover.tenureBands[0].annualRate}
 * @param input    the number as given (identity matters: it is the key for sampled values)
 * @param perEvent true when the distribution is drawn per event (variability), not per replication
 * @param option   the id of the option the input belongs to (its costs and effects), or null for an input
 *                 every arm shares
 */
public record Assumption(String path, Uncertain input, boolean perEvent, String option) {

    /** True when the input is sampled per replication: uncertain, and not a per-event distribution. */
    public boolean isUncertain() {
        return !perEvent && !input.isFixed();
    }

    /** Whether the input can move an option's results: every input but another option's own. */
    public boolean concerns(Option candidate) {
        return option == null || option.equals(candidate.id());
    }
}
