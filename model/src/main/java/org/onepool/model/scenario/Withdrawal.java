package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A partner that leaves an option: from its month the option no longer reaches its staff, it stops paying
 * its share of the option's costs, and the partners staying share them by the option's method.
 */
public record Withdrawal(
        @JsonProperty(required = true) @JsonPropertyDescription("Partner id.") String partner,
        @JsonProperty(required = true) @JsonPropertyDescription("Month it leaves, counted from the appraisal start "
                + "(0 = first month).") Integer month) {
}
