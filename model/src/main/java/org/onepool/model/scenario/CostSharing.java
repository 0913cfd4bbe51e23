package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** How an option's set-up and running costs are split among its partners. */
public record CostSharing(
        @JsonProperty(required = true) CostSharingMethod method,
        @JsonPropertyDescription("Only with method: explicit. Partner id to share, summing to 1.")
        Map<String, Double> shares,
        @JsonPropertyDescription("Partner id hosting the option as a shared service: it pays the set-up and running "
                + "costs in full and recharges every other partner its share (a transfer between partners, cost to "
                + "one and income to the other in the financial case, nothing in the economic case). Default: none, "
                + "each partner pays its share directly.") String hostedBy) {

    public static final CostSharing BY_HEADCOUNT = new CostSharing(CostSharingMethod.HEADCOUNT, null, null);

    public CostSharing(CostSharingMethod method, Map<String, Double> shares) {
        this(method, shares, null);
    }

    public CostSharing {
        shares = shares == null ? null : Map.copyOf(shares);
    }
}
