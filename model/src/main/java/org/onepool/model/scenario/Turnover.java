package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Who leaves, how often and why. */
public record Turnover(
        @JsonProperty(required = true)
        @JsonPropertyDescription("Annual leaving rate (excluding retirement) by tenure band, in the cohort definition "
                + "(the share of those in the band who leave within a year); the rates are what business as usual "
                + "shows at month 0, scaled to allCauseAnnualTurnover when that is given.") List<TenureBand> tenureBands,
        @PerEvent @JsonPropertyDescription("Age at which each member of staff retires, drawn per person. "
                + "Default normal(mean 64, sd 2.5).") Uncertain retirementAgeYears,
        @JsonPropertyDescription("How strongly career stagnation, pay gap and low engagement raise leaving.")
        TurnoverDrivers drivers,
        @JsonPropertyDescription("Share of leavers (retirements apart) by reason; sums to 1.")
        LeaverReasons reasons,
        @JsonPropertyDescription("Annual turnover as DfE, the LGA and most HR departments publish it: leavers of "
                + "every reason in a year, retirement included, divided by the average staff in post. When given, "
                + "the tenure-band rates state only the shape: they are scaled by one factor so that business as "
                + "usual at month 0 expects this many leavers (the year's retirements plus voluntary leaving).")
        Uncertain allCauseAnnualTurnover) {

    public Turnover {
        tenureBands = tenureBands == null ? null : List.copyOf(tenureBands);
        retirementAgeYears = retirementAgeYears == null
                ? new Uncertain(null, null, new NormalSpec(64, 2.5), null, null, null, null, null) : retirementAgeYears;
        drivers = drivers == null ? TurnoverDrivers.DEFAULT : drivers;
        reasons = reasons == null ? LeaverReasons.DEFAULT : reasons;
    }
}
