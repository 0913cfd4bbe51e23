package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A published figure the scenario's business as usual is checked against: what the sharing already in
 * place ({@code inPlace}) saves a year, as the source states it, beside the model's saving of the same
 * sharing (business as usual against the partners without it, on common random numbers).
 */
public record PublishedCheck(
        @JsonProperty(required = true) @JsonPropertyDescription("Short identifier.") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("What the source claims, in a few words.") String name,
        @JsonProperty(required = true) @JsonPropertyDescription("The published saving, GBP a year.")
        double publishedGbpPerYear,
        @JsonProperty(required = true) @JsonPropertyDescription("Where the figure comes from (a key of "
                + "scenarios/sources.md and the words quoted).") String source,
        @JsonProperty(required = true) @JsonPropertyDescription("What the published figure covers, and what the "
                + "model's comparison leaves out.") String covers) {
}
