package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How good the evidence behind an input is; printed in the assumptions register. */
public enum Evidence {
    @JsonProperty("strong") STRONG,
    @JsonProperty("moderate") MODERATE,
    @JsonProperty("weak") WEAK,
    @JsonProperty("assumption") ASSUMPTION
}
