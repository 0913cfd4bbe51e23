package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** How an option's set-up and running costs are split among its partners. */
public record CostSharing(
        @JsonProperty(required = true) CostSharingMethod method,
        @JsonPropertyDescription("Only with method: explicit. Partner id to share, summing to 1.")
        Map<String, Double> shares) {

    public static final CostSharing BY_HEADCOUNT = new CostSharing(CostSharingMethod.HEADCOUNT, null);

    public CostSharing {
        shares = shares == null ? null : Map.copyOf(shares);
    }
}
