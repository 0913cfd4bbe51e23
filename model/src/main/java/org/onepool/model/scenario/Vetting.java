package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Vetting a job family's posts require. */
public enum Vetting {
    @JsonProperty("none") NONE,
    /** Enhanced background checks; poolable, but checks cost more. */
    @JsonProperty("enhanced") ENHANCED,
    /** Police vetting: a wall; staff never move across partners. */
    @JsonProperty("police") POLICE
}
