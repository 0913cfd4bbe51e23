package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the simulation places staff across the pool each month. */
public enum DeploymentMode {
    /** Each vacancy draws among its applicants, one at a time. */
    @JsonProperty("individual") INDIVIDUAL,
    /** The month's pool posts and applicants matched first come, first served. */
    @JsonProperty("greedy") GREEDY,
    /** The same monthly problem solved with the OptaPlanner deployment optimiser. */
    @JsonProperty("optimised") OPTIMISED
}
