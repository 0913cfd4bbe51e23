package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A named set of interventions, appraised against business as usual. */
public record Option(
        @JsonProperty(required = true) @JsonPropertyDescription("Short identifier, used on the command line.")
        String id,
        @JsonProperty(required = true) String name,
        String description,
        @JsonPropertyDescription("Partner ids that join the option. Default: every partner.") List<String> partners,
        @JsonPropertyDescription("How the option's costs are shared among its partners. Default: by headcount.")
        CostSharing costSharing,
        @JsonProperty(required = true) List<Intervention> interventions,
        @JsonPropertyDescription("Partners that leave the option part-way: safe to fail. Default: none.")
        List<Withdrawal> withdrawals) {

    /** An option no partner leaves. */
    public Option(String id, String name, String description, List<String> partners, CostSharing costSharing,
                  List<Intervention> interventions) {
        this(id, name, description, partners, costSharing, interventions, null);
    }

    public Option {
        partners = partners == null ? null : List.copyOf(partners);
        costSharing = costSharing == null ? CostSharing.BY_HEADCOUNT : costSharing;
        interventions = interventions == null ? null : List.copyOf(interventions);
        withdrawals = withdrawals == null ? List.of() : List.copyOf(withdrawals);
    }

    /** The month a partner leaves the option, or {@link Integer#MAX_VALUE} if it stays. */
    public int withdrawalMonth(String partner) {
        return withdrawals.stream().filter(w -> w.partner().equals(partner)).mapToInt(Withdrawal::month).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** Whether any intervention states a dose-response, making it a lever a budget can be split over. */
    public boolean hasBudgetLevers() {
        return interventions != null && interventions.stream().anyMatch(i -> i.doseResponse() != null);
    }
}
