package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ledger categories: every flow the simulation records lands in exactly one, booked to the partner that
 * pays it (the payer). Each category has one resource type and one treatment, from which the economic and
 * the financial case read it:
 * <ul>
 * <li>{@link Treatment#BOTH}: a real resource flow, in both cases (cash lines) or in the economic case only
 *     (staff time unless posts are removed, service value);</li>
 * <li>{@link Treatment#PAY_BILL}: the pay of posts (staff in post, and agency cover up to the pay it replaces).
 *     In the financial case in full; the economic case counts the same resource through the agency premium
 *     and the lost service net of the pay released, so it leaves these out;</li>
 * <li>{@link Treatment#TRANSFER}: transfers between public bodies or to staff (e.g. retention payments):
 *     cash in the financial case, shown but not a resource cost in the economic case;</li>
 * <li>{@link Treatment#MEMO}: a budget memo, not a flow: the pay of funded posts left vacant (the
 *     underspend), shown in the pay bill and counted in neither case.</li>
 * </ul>
 */
public enum CostCategory {
    @JsonProperty("advertising") ADVERTISING("advertising", ResourceType.CASH, Treatment.BOTH, false),
    @JsonProperty("recruitmentAdmin") RECRUITMENT_ADMIN("recruitmentAdmin", ResourceType.STAFF_TIME, Treatment.BOTH, true),
    @JsonProperty("checks") CHECKS("checks", ResourceType.CASH, Treatment.BOTH, false),
    @JsonProperty("induction") INDUCTION("induction", ResourceType.CASH, Treatment.BOTH, false),
    @JsonProperty("inductionTime") INDUCTION_TIME("inductionTime", ResourceType.STAFF_TIME, Treatment.BOTH, true),
    @JsonProperty("agencyPremium") AGENCY_PREMIUM("agencyPremium", ResourceType.CASH, Treatment.BOTH, true),
    @JsonProperty("unfilledPosts") UNFILLED_POSTS("unfilledPosts", ResourceType.SERVICE_VALUE, Treatment.BOTH, true),
    @JsonProperty("training") TRAINING("training", ResourceType.CASH, Treatment.BOTH, false),
    @JsonProperty("trainingTime") TRAINING_TIME("trainingTime", ResourceType.STAFF_TIME, Treatment.BOTH, true),
    @JsonProperty("redundancy") REDUNDANCY("redundancy", ResourceType.CASH, Treatment.BOTH, false),
    @JsonProperty("payInPost") PAY_IN_POST("payInPost", ResourceType.CASH, Treatment.PAY_BILL, true),
    @JsonProperty("agencyCover") AGENCY_COVER("agencyCover", ResourceType.CASH, Treatment.PAY_BILL, true),
    @JsonProperty("vacantPostPay") VACANT_POST_PAY("vacantPostPay", ResourceType.CASH, Treatment.MEMO, true),
    @JsonProperty("paymentsToStaff") PAYMENTS_TO_STAFF("paymentsToStaff", ResourceType.CASH, Treatment.TRANSFER, false),
    @JsonProperty("transfers") TRANSFERS("transfers", ResourceType.CASH, Treatment.TRANSFER, false),
    @JsonProperty("interventionSetup") INTERVENTION_SETUP("interventionSetup", ResourceType.CASH, Treatment.BOTH, false),
    @JsonProperty("interventionRunning") INTERVENTION_RUNNING("interventionRunning", ResourceType.CASH, Treatment.BOTH, false),
    /** Posts outside the simulated workforce an option removes (negative) or adds, at the partner holding them. */
    @JsonProperty("hrStaff") HR_STAFF("hrStaff", ResourceType.CASH, Treatment.BOTH, true),
    /**
     * Paid to the pension fund when a redundancy releases an unreduced pension early: cash to the partner, a
     * transfer (to the fund and the member) in the economic case, like other payments to staff.
     */
    @JsonProperty("pensionStrain") PENSION_STRAIN("pensionStrain", ResourceType.CASH, Treatment.TRANSFER, false),
    /*
     * People an option employs outside the establishment: a real resource in both cases (not the pay bill of
     * posts, which the economic case reads through lost service and the agency premium).
     */
    /** Graduate scheme trainees' pay while training. */
    @JsonProperty("traineePay") TRAINEE_PAY("traineePay", ResourceType.CASH, Treatment.BOTH, true),
    /** Completers guaranteed a job, paid at the grade-1 salary while no grade-1 post is open. */
    @JsonProperty("supernumeraryPay") SUPERNUMERARY_PAY("supernumeraryPay", ResourceType.CASH, Treatment.BOTH, true);

    /** How the two cases read a category (see the class comment). */
    public enum Treatment { BOTH, PAY_BILL, TRANSFER, MEMO }

    private final String id;
    private final ResourceType resourceType;
    private final Treatment treatment;
    private final boolean payLinked;

    CostCategory(String id, ResourceType resourceType, Treatment treatment, boolean payLinked) {
        this.id = id;
        this.resourceType = resourceType;
        this.treatment = treatment;
        this.payLinked = payLinked;
    }

    /** The name used in scenario files and outputs. */
    public String id() {
        return id;
    }

    public ResourceType resourceType() {
        return resourceType;
    }

    public Treatment treatment() {
        return treatment;
    }

    /** Priced from salaries: grows with pay awards (financial case) and real earnings growth (economic case). */
    public boolean payLinked() {
        return payLinked;
    }

    /** True for the costs an option brings (set-up and running), as opposed to costs it may save. */
    public boolean isInvestment() {
        return this == INTERVENTION_SETUP || this == INTERVENTION_RUNNING;
    }

    /** Counted in the economic case (lost service apart, which the scenario may switch off). */
    public boolean inEconomicCase() {
        return treatment == Treatment.BOTH;
    }

    /**
     * Counted in the financial case: every cash line but the memo; staff time only where the scenario says
     * the time freed is taken out as posts ({@code cashableStaffTime}); service value never.
     */
    public boolean inFinancialCase(boolean cashableStaffTime) {
        if (treatment == Treatment.MEMO) return false;
        return switch (resourceType) {
            case CASH -> true;
            case STAFF_TIME -> cashableStaffTime;
            case SERVICE_VALUE -> false;
        };
    }
}
