package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Formula for sharing an option's costs. */
public enum CostSharingMethod {
    /** In proportion to each partner's headcount at month 0. */
    @JsonProperty("headcount") HEADCOUNT,
    /** Equal shares. */
    @JsonProperty("equal") EQUAL,
    /** In proportion to each partner's use (hires through the shared services). */
    @JsonProperty("usage") USAGE,
    /** Shares stated in the scenario. */
    @JsonProperty("explicit") EXPLICIT
}
