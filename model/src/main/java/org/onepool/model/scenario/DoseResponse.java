package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * How a lever's effect grows with the money put into it, for the invest-to-save budget split. For each
 * partner, the share of the intervention's full effect reached is 1 - 2^(-spend per head / halfEffectGbpPerHead):
 * half at the stated spend per covered member of staff, three quarters at twice it, and so on (diminishing
 * returns). The intervention's own set-up and running costs are booked as well unless {@link #spendCovers}
 * says the spend pays for them. A year's spend works for that year unless {@link #effectLastsYears} (with a
 * source) says longer; the effect then ends at once unless {@link #effectHalfLifeYears} (with a source) says
 * it fades; once the budget period ends, {@link #afterBudgetPeriod} says who pays the running costs and so
 * whether the effect is kept.
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
                + "Default 1: an effect bought for N years lasts N years. More needs effectLastsSource.")
        Integer effectLastsYears,
        @JsonPropertyDescription("The evidence that the effect outlasts the year it was paid for (required when "
                + "effectLastsYears is more than 1).") String effectLastsSource,
        @JsonPropertyDescription("Half-life, in years, of the effect once the spend stops working: a year "
                + "after, half the effect reached is left, two years after, a quarter. Default 0: the effect "
                + "ends at once. More than 0 needs effectHalfLifeSource.") Double effectHalfLifeYears,
        @JsonPropertyDescription("The evidence that the effect fades at that half-life (required when "
                + "effectHalfLifeYears is more than 0).") String effectHalfLifeSource,
        @JsonPropertyDescription("Which of the intervention's own costs the spend pays for: nothing (default; "
                + "set-up and running costs are booked as stated), setupCost, or setupAndRunningCosts (during "
                + "the budget period).") SpendCovers spendCovers,
        @JsonPropertyDescription("Who pays the running costs after the budget period: partnersFund (they are "
                + "booked and the effect reached is kept) or closes (no running costs; the effect ends as "
                + "effectLastsYears says). Required when the intervention has running costs.")
        LeverAfterBudget afterBudgetPeriod) {

    public DoseResponse {
        minSpendGbp = minSpendGbp == null ? 0.0 : minSpendGbp;
        plannedSpendGbp = plannedSpendGbp == null ? 0.0 : plannedSpendGbp;
        spendCovers = spendCovers == null ? SpendCovers.NOTHING : spendCovers;
    }

    /** Years a year's spend keeps working: stated, or 1. */
    public int lastsYears() {
        return effectLastsYears == null ? 1 : effectLastsYears;
    }

    /** Half-life of the effect after the spend stops working, years: stated, or 0 (it ends at once). */
    public double halfLifeYears() {
        return effectHalfLifeYears == null ? 0 : effectHalfLifeYears;
    }

    /**
     * Lets an effect by appraisal year fade instead of ending: each year keeps at least the year before's
     * effect times 2^(-1 / half-life), so spend that still works holds the effect up, and once it stops the
     * effect halves every half-life. A half-life of 0 leaves the years as they are.
     */
    public void fadeAfterFunding(double[] strengthByYear) {
        double halfLife = halfLifeYears();
        if (halfLife <= 0) return;
        double keep = Math.pow(2, -1 / halfLife);
        for (int t = 1; t < strengthByYear.length; t++) {
            strengthByYear[t] = Math.max(strengthByYear[t], strengthByYear[t - 1] * keep);
        }
    }

    /** Whether the partners pay the running costs after the budget period and keep the effect reached. */
    public boolean partnersFundAfterBudget() {
        return afterBudgetPeriod == LeverAfterBudget.PARTNERS_FUND;
    }

    /** Share of the full effect reached with {@code spendGbpPerHead}. */
    public double strength(double spendGbpPerHead) {
        if (spendGbpPerHead <= 0) return 0;
        return 1 - Math.pow(2, -spendGbpPerHead / halfEffectGbpPerHead);
    }
}
