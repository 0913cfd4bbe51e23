package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A planned cut in one partner's funded posts in one job family: part of the scenario, so business as
 * usual makes it and every option makes it too; only how the staff at risk are placed differs.
 */
public record EstablishmentReduction(
        @JsonProperty(required = true) @JsonPropertyDescription("Funded posts removed, spread over the family's "
                + "grades in proportion to their posts.") int posts,
        @JsonProperty(required = true) @JsonPropertyDescription("Month the posts go, counted from the appraisal "
                + "start (0 = first month).") int month) {
}
