package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The pay award and price inflation of the financial case, from a financial year on (until the next band):
 * what turns base-year prices into the cash each year's budget will show.
 */
public record NominalBand(
        @JsonProperty(required = true) @JsonPropertyDescription("First financial year it applies to, e.g. 2025-26.")
        String fromYear,
        @JsonProperty(required = true) @JsonPropertyDescription("Pay award a year, e.g. 0.032 for 3.2%: uprates pay, "
                + "agency and staff-time lines.") double payAward,
        @JsonProperty(required = true) @JsonPropertyDescription("Price inflation a year, e.g. 0.02: uprates every other "
                + "cash line.") double priceInflation,
        @JsonPropertyDescription("Where the figures come from (publisher, title, date), or 'assumption'.") String source) {
}
