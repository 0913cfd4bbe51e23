package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of shock a policy team stress-tests an option against. */
public enum StressType {
    /** Every intervention effect scaled by {@code effectScale} (0.5 = half what is hoped). */
    @JsonProperty("effectScale") EFFECT_SCALE,
    /** Labour market tightens: time to fill multiplied, campaign failure raised. */
    @JsonProperty("marketTightening") MARKET_TIGHTENING,
    /** Pay held down: the gap to market widens by {@code payGapPerYear} each year. */
    @JsonProperty("payRestraint") PAY_RESTRAINT,
    /** A partner leaves the pool at {@code startMonth}: its share of shared services ends. */
    @JsonProperty("partnerWithdraws") PARTNER_WITHDRAWS,
    /** Establishment cut by {@code establishmentChange} at {@code startMonth}. */
    @JsonProperty("establishmentCut") ESTABLISHMENT_CUT,
    /** Demand surge: establishment raised by {@code establishmentChange} for {@code durationMonths}. */
    @JsonProperty("demandSurge") DEMAND_SURGE
}
