package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A discount rate that applies from an appraisal year onwards (year 0 is the first financial year). */
public record DiscountBand(
        @JsonProperty(required = true) @JsonPropertyDescription("First appraisal year the rate applies to.")
        int fromYear,
        @JsonProperty(required = true) @JsonPropertyDescription("Annual discount rate, e.g. 0.035.")
        double annualRate) {
}
