package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A named shock applied to the baseline and every option alike. Which fields it needs depends on its type. */
public record Stress(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) StressType type,
        @JsonPropertyDescription("effectScale: multiplier on every intervention effect, e.g. 0.5.") Double effectScale,
        @JsonPropertyDescription("marketTightening: multiplier on time to fill, e.g. 1.3.")
        Double timeToFillMultiplier,
        @JsonPropertyDescription("marketTightening: added to the chance a campaign fails, e.g. 0.1.")
        Double campaignFailureIncrease,
        @JsonPropertyDescription("payRestraint: widening of the pay gap to market per year, e.g. 0.02.")
        Double payGapPerYear,
        @JsonPropertyDescription("partnerWithdraws: the partner id.") String partner,
        @JsonPropertyDescription("establishmentCut, demandSurge: partners affected. Default: all.")
        List<String> partners,
        @JsonPropertyDescription("Month the shock starts (0 = first month). Default 0.") Integer startMonth,
        @JsonPropertyDescription("demandSurge: months it lasts.") Integer durationMonths,
        @JsonPropertyDescription("establishmentCut, demandSurge: relative change, e.g. -0.05 or 0.1.")
        Double establishmentChange) {

    public Stress {
        partners = partners == null ? null : List.copyOf(partners);
        startMonth = startMonth == null ? 0 : startMonth;
    }
}
