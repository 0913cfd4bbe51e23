package org.onepool.model.data;

/**
 * Why someone left, in onepool's codes. The leaving rates the model takes are voluntary and other
 * leaving; retirement and redundancy are decided by the model itself (retirement age, posts cut) and so
 * are not counted in them.
 */
public enum LeavingReason {
    CAREER, PAY, RELOCATION, OTHER, DISMISSAL, RETIREMENT, REDUNDANCY;

    /** Whether a leaver for this reason counts towards the leaving rates by tenure band. */
    public boolean countsInLeavingRate() {
        return this != RETIREMENT && this != REDUNDANCY;
    }

    /** The model's reason share this reason falls in: dismissal is one of the "other" reasons. */
    public LeavingReason modelShare() {
        return this == DISMISSAL ? OTHER : this;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
