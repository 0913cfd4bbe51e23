package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How a partner recruits externally, what it costs, and how vacant posts are covered. */
public record Recruitment(
        @JsonProperty(required = true) @JsonPropertyDescription("Advertising per campaign, GBP.")
        Uncertain advertisingGbp,
        @JsonProperty(required = true)
        @JsonPropertyDescription("HR and manager time per campaign (shortlisting, interviews), GBP.")
        Uncertain adminGbp,
        @JsonProperty(required = true) @JsonPropertyDescription("Pre-employment checks per hire, GBP.")
        Uncertain checksGbp,
        @JsonProperty(required = true) @JsonPropertyDescription("Induction per starter, GBP (when not shared).")
        Uncertain inductionGbp,
        @PerEvent @JsonProperty(required = true)
        @JsonPropertyDescription("Months from vacancy to start, drawn per campaign.") Uncertain timeToFillMonths,
        @JsonPropertyDescription("Chance a campaign fails and must be rerun. Default 0.1.")
        Uncertain campaignFailureProbability,
        @JsonPropertyDescription("Chance a campaign fails for a hard-to-recruit role. Default 0.35.")
        Uncertain hardToRecruitFailureProbability,
        @JsonPropertyDescription("Share of vacant posts covered by agency staff. Default 0.5.")
        Uncertain agencyCoverShare,
        @JsonPropertyDescription("Agency cost above the post's own pay and on-costs, as a share of salary. "
                + "Default 0.3.") Uncertain agencyPremiumRate,
        @JsonPropertyDescription("Cost of lost service while a post stands vacant and uncovered, as a share of "
                + "the post's salary. Default 0.5.") Uncertain unfilledPostCostRate,
        @JsonPropertyDescription("Months of notice a new starter serves elsewhere between accepting an offer "
                + "made without a campaign (a talent-bank offer) and starting; the recruitment share of a "
                + "family that starts in a leaver's notice period gains as much. timeToFillMonths already "
                + "runs to the start date. Default 1 (assumption: one month is the usual contractual notice "
                + "below senior grades; the statutory minimum is one week).") Uncertain noticePeriodMonths,
        @JsonPropertyDescription("HR and manager time per internal appointment campaign (internal advert, "
                + "interviews), GBP. Default: adminGbp.") Uncertain internalCampaignGbp,
        @JsonPropertyDescription("Months from a vacancy to the internal appointee starting in it, including "
                + "their release from their own post. Default 2 (assumption).") Uncertain internalTimeToFillMonths,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear) {

    public Recruitment {
        campaignFailureProbability = campaignFailureProbability == null ? Defaults.CAMPAIGN_FAILURE
                : campaignFailureProbability;
        hardToRecruitFailureProbability = hardToRecruitFailureProbability == null ? Defaults.HARD_TO_RECRUIT_FAILURE
                : hardToRecruitFailureProbability;
        agencyCoverShare = agencyCoverShare == null ? Defaults.AGENCY_COVER_SHARE : agencyCoverShare;
        agencyPremiumRate = agencyPremiumRate == null ? Defaults.AGENCY_PREMIUM_RATE : agencyPremiumRate;
        unfilledPostCostRate = unfilledPostCostRate == null ? Defaults.UNFILLED_POST_COST_RATE : unfilledPostCostRate;
        noticePeriodMonths = noticePeriodMonths == null ? Uncertain.of(1) : noticePeriodMonths;
        internalTimeToFillMonths = internalTimeToFillMonths == null ? Uncertain.of(2) : internalTimeToFillMonths;
    }
}
