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
        @JsonProperty(required = true) List<Intervention> interventions) {

    public Option {
        partners = partners == null ? null : List.copyOf(partners);
        costSharing = costSharing == null ? CostSharing.BY_HEADCOUNT : costSharing;
        interventions = interventions == null ? null : List.copyOf(interventions);
    }

    /** Whether any intervention states a dose-response, making it a lever a budget can be split over. */
    public boolean hasBudgetLevers() {
        return interventions != null && interventions.stream().anyMatch(i -> i.doseResponse() != null);
    }
}
