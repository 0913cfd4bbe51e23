package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * What an intervention changes, at full strength. Relative reductions are shares (0.2 = 20% less).
 * An effect left out is no effect.
 */
public record Effects(
        @JsonPropertyDescription("Relative reduction in the leaving hazard of covered staff.")
        Uncertain leavingRateReduction,
        @JsonPropertyDescription("Relative reduction in career-driven leaving (career paths, development).")
        Uncertain careerLeavingReduction,
        @JsonPropertyDescription("Rise in the share of engaged staff, in points (0.05 = 5 points).")
        Uncertain engagedShareGain,
        @JsonPropertyDescription("Relative reduction in advertising and admin cost per campaign.")
        Uncertain campaignCostReduction,
        @JsonPropertyDescription("Relative reduction in pre-employment check cost (shared checks).")
        Uncertain checksCostReduction,
        @JsonPropertyDescription("Relative reduction in time to fill.") Uncertain timeToFillReduction,
        @JsonPropertyDescription("Relative reduction in the chance a campaign fails.")
        Uncertain campaignFailureReduction,
        @JsonPropertyDescription("Shared recruitment: vacancies of one job family (across partners) one advert "
                + "serves. Default 3.") Uncertain vacanciesPerSharedAdvert,
        @JsonPropertyDescription("Talent bank: runners-up each campaign leaves in the bank for posts of the same "
                + "family and grade.") Uncertain runnersUpPerCampaign,
        @JsonPropertyDescription("Months a runner-up stays in the talent bank.") Uncertain talentBankMonths,
        @JsonPropertyDescription("Relative reduction in generic training cost (joint unit).")
        Uncertain trainingCostReduction,
        @JsonPropertyDescription("Relative reduction in induction cost (shared induction).")
        Uncertain inductionCostReduction,
        @JsonPropertyDescription("Relative reduction in the agency premium (shared temporary staffing bank).")
        Uncertain agencyPremiumReduction,
        @JsonPropertyDescription("Entrants a year a joint graduate scheme or apprenticeship supplies.")
        Uncertain entrantsPerYear) {

    public static final Effects NONE = new Effects(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);
}
