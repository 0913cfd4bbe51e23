package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An annual leaving rate for staff whose tenure lies in [fromYears, toYears). */
public record TenureBand(
        @JsonProperty(required = true) double fromYears,
        @JsonPropertyDescription("Upper end of the band in years; omit for the last, open band.") Double toYears,
        @JsonProperty(required = true) @JsonPropertyDescription("Share of staff in the band who leave in a year.")
        Uncertain annualRate) {
}
