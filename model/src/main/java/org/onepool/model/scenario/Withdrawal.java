package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A partner that leaves an option: from its month the option no longer reaches its staff, it stops paying
 * its share of the option's costs, and the partners staying share them by the option's method. An exit fee,
 * if stated, is cash it pays the partners staying in its withdrawal month, split by their cost shares from
 * that month: a transfer between partners.
 */
public record Withdrawal(
        @JsonProperty(required = true) @JsonPropertyDescription("Partner id.") String partner,
        @JsonProperty(required = true) @JsonPropertyDescription("Month it leaves, counted from the appraisal start "
                + "(0 = first month).") Integer month,
        @JsonPropertyDescription("Exit fee, GBP (at the price base year unless it states its own priceYear), paid by "
                + "the leaving partner in its withdrawal month to the partners staying, split by their cost shares: a transfer between partners "
                + "(no cost to the partnership as a whole). Default: none.") Uncertain exitFeeGbp) {

    /** A withdrawal with no exit fee. */
    public Withdrawal(String partner, Integer month) {
        this(partner, month, null);
    }
}
