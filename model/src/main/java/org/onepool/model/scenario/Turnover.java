package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Who leaves, how often and why. */
public record Turnover(
        @JsonProperty(required = true)
        @JsonPropertyDescription("Annual leaving rate (excluding retirement) by tenure band; the rates are what "
                + "business as usual shows at month 0.") List<TenureBand> tenureBands,
        @PerEvent @JsonPropertyDescription("Age at which each member of staff retires, drawn per person. "
                + "Default normal(mean 64, sd 2.5).") Uncertain retirementAgeYears,
        @JsonPropertyDescription("How strongly career stagnation, pay gap and low engagement raise leaving.")
        TurnoverDrivers drivers,
        @JsonPropertyDescription("Share of leavers (retirements apart) by reason; sums to 1.")
        LeaverReasons reasons) {

    public Turnover {
        tenureBands = tenureBands == null ? null : List.copyOf(tenureBands);
        retirementAgeYears = retirementAgeYears == null
                ? new Uncertain(null, null, new NormalSpec(64, 2.5), null, null, null, null, null) : retirementAgeYears;
        drivers = drivers == null ? TurnoverDrivers.DEFAULT : drivers;
        reasons = reasons == null ? LeaverReasons.DEFAULT : reasons;
    }
}
