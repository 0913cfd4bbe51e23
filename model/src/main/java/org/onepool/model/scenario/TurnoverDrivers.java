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
        stagnationHazardRatio = stagnationHazardRatio == null ? Uncertain.of(2.0) : stagnationHazardRatio;
        payGapSensitivity = payGapSensitivity == null ? Uncertain.of(0.5) : payGapSensitivity;
        disengagedHazardRatio = disengagedHazardRatio == null ? Uncertain.of(1.5) : disengagedHazardRatio;
    }
}
