package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * How a lever's effect grows with the money put into it, for the invest-to-save budget split. For each
 * partner, the share of the intervention's full effect reached is 1 - 2^(-spend per head / halfEffectGbpPerHead):
 * half at the stated spend per covered member of staff, three quarters at twice it, and so on (diminishing
 * returns). Under a budget plan, the plan's spend replaces the intervention's own set-up and running costs.
 */
public record DoseResponse(
        @JsonProperty(required = true)
        @JsonPropertyDescription("Spend per covered member of staff, GBP, that buys half of the full effect.")
        Double halfEffectGbpPerHead,
        @JsonPropertyDescription("Least the lever must receive over the budget period, GBP. Default 0.")
        Double minSpendGbp,
        @JsonPropertyDescription("Most the lever may receive over the budget period, GBP. Default: no limit.")
        Double maxSpendGbp,
        @JsonPropertyDescription("What the scenario's own plan puts into the lever over the budget period, GBP, "
                + "spread evenly over the years and by headcount over the partners it covers. Default 0.")
        Double plannedSpendGbp,
        @JsonPropertyDescription("Years a year's spend keeps working (training wears off, payments stop). "
                + "Default: to the end of the appraisal.") Integer effectLastsYears) {

    public DoseResponse {
        minSpendGbp = minSpendGbp == null ? 0.0 : minSpendGbp;
        plannedSpendGbp = plannedSpendGbp == null ? 0.0 : plannedSpendGbp;
    }

    /** Share of the full effect reached with {@code spendGbpPerHead}. */
    public double strength(double spendGbpPerHead) {
        if (spendGbpPerHead <= 0) return 0;
        return 1 - Math.pow(2, -spendGbpPerHead / halfEffectGbpPerHead);
    }
}
