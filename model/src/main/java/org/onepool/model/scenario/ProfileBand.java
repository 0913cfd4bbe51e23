package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A share of staff whose age or tenure lies in [fromYears, toYears). */
public record ProfileBand(
        @JsonProperty(required = true) double fromYears,
        @JsonProperty(required = true) double toYears,
        @JsonProperty(required = true) double share) {
}
