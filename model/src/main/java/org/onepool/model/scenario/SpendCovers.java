package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which of a funded lever's own costs the budget plan's spend pays for; the others are booked as well. */
public enum SpendCovers {
    /** The spend buys effect only: the set-up and running costs are booked as the intervention states. */
    @JsonProperty("nothing") NOTHING,
    /** The spend includes the set-up cost; running costs are booked. */
    @JsonProperty("setupCost") SETUP_COST,
    /** The spend includes set-up and running costs during the budget period. */
    @JsonProperty("setupAndRunningCosts") SETUP_AND_RUNNING_COSTS;

    public boolean setup() {
        return this != NOTHING;
    }

    public boolean running() {
        return this == SETUP_AND_RUNNING_COSTS;
    }
}
