package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Posts an intervention removes or adds outside the simulated workforce (HR staff brought into one
 * function, say): a cut is a saving of the partner that held the posts, an addition a cost of the partner
 * that hosts them, in the ledger's hrStaff line, cash in the financial case and a resource in the economic
 * case, from its month while the intervention runs.
 */
public record StaffCostChange(
        @JsonProperty(required = true) @JsonPropertyDescription("Partner id whose posts change: the one that held "
                + "the posts removed, or the host of the posts added.") String partner,
        @JsonProperty(required = true) @JsonPropertyDescription("What the posts are, for reports, e.g. HR "
                + "administrator.") String role,
        @JsonProperty(required = true) @JsonPropertyDescription("Change in full-time equivalent posts: negative "
                + "removes posts (a saving), positive adds them (a cost).") Double fteChange,
        @JsonProperty(required = true) @JsonPropertyDescription("Cost of one full-time post a year, GBP, pay and "
                + "on-costs (employer's national insurance and pension).") Uncertain costPerFteGbpPerYear,
        @JsonPropertyDescription("Month the change takes effect, counted from the appraisal start. Default: the "
                + "end of the intervention's lead-in (startMonth + leadInMonths).") Integer fromMonth) {
}
