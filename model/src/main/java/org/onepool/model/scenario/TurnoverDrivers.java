package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Multipliers on the leaving hazard; normalised so that business as usual still shows the stated rate. */
public record TurnoverDrivers(
        @JsonPropertyDescription("Hazard ratio for career-driven leaving when a member of staff is stagnating "
                + "(past the stagnation threshold). Default 2.0.") Uncertain stagnationHazardRatio,
        @JsonPropertyDescription("Rise in pay-driven leaving per 10% of pay below market. Default 0.5.")
        Uncertain payGapSensitivity,
        @JsonPropertyDescription("Hazard ratio for staff who are not engaged. Default 1.5.")
        Uncertain disengagedHazardRatio) {

    public static final TurnoverDrivers DEFAULT = new TurnoverDrivers(null, null, null);

    public TurnoverDrivers {
        stagnationHazardRatio = stagnationHazardRatio == null ? Defaults.STAGNATION_HAZARD_RATIO : stagnationHazardRatio;
        payGapSensitivity = payGapSensitivity == null ? Defaults.PAY_GAP_SENSITIVITY : payGapSensitivity;
        disengagedHazardRatio = disengagedHazardRatio == null ? Defaults.DISENGAGED_HAZARD_RATIO : disengagedHazardRatio;
    }
}
