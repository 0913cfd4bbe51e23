package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ledger categories: every cost the simulation records lands in exactly one. */
public enum CostCategory {
    @JsonProperty("advertising") ADVERTISING("advertising"),
    @JsonProperty("recruitmentAdmin") RECRUITMENT_ADMIN("recruitmentAdmin"),
    @JsonProperty("checks") CHECKS("checks"),
    @JsonProperty("induction") INDUCTION("induction"),
    @JsonProperty("agencyPremium") AGENCY_PREMIUM("agencyPremium"),
    @JsonProperty("unfilledPosts") UNFILLED_POSTS("unfilledPosts"),
    @JsonProperty("training") TRAINING("training"),
    @JsonProperty("redundancy") REDUNDANCY("redundancy"),
    @JsonProperty("interventionSetup") INTERVENTION_SETUP("interventionSetup"),
    @JsonProperty("interventionRunning") INTERVENTION_RUNNING("interventionRunning");

    private final String id;

    CostCategory(String id) {
        this.id = id;
    }

    /** The name used in scenario files and outputs. */
    public String id() {
        return id;
    }

    /** True for the costs an option brings (set-up and running), as opposed to costs it may save. */
    public boolean isInvestment() {
        return this == INTERVENTION_SETUP || this == INTERVENTION_RUNNING;
    }
}
