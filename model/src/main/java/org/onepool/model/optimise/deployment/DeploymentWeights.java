package org.onepool.model.optimise.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the soft goals are priced, all in GBP so they add up: agency cost of a post left vacant dominates.
 * In a file, a weight left out takes its default (not 0).
 *
 * @param monthsUntilExternalFill     months a post left to external recruitment stays vacant (agency cost)
 * @param travelGbpPerKm              cost of each km between a person's home and the post (travel, disruption)
 * @param progressionGbpPerMonth      retention value of moving a stagnating person up a grade, per month
 *                                    they have been stagnating
 * @param moveGbp                     disruption of any move
 */
public record DeploymentWeights(int monthsUntilExternalFill, long travelGbpPerKm, long progressionGbpPerMonth,
                                long moveGbp) {
    /** The documented defaults (docs/deploy-format.md); each an assumption. */
    public static final DeploymentWeights DEFAULT = new DeploymentWeights(3, 20, 50, 250);

    /** From a file: each weight given, or its default. */
    @JsonCreator
    static DeploymentWeights given(@JsonProperty("monthsUntilExternalFill") Integer monthsUntilExternalFill,
                                   @JsonProperty("travelGbpPerKm") Long travelGbpPerKm,
                                   @JsonProperty("progressionGbpPerMonth") Long progressionGbpPerMonth,
                                   @JsonProperty("moveGbp") Long moveGbp) {
        return new DeploymentWeights(
                monthsUntilExternalFill == null ? DEFAULT.monthsUntilExternalFill : monthsUntilExternalFill,
                travelGbpPerKm == null ? DEFAULT.travelGbpPerKm : travelGbpPerKm,
                progressionGbpPerMonth == null ? DEFAULT.progressionGbpPerMonth : progressionGbpPerMonth,
                moveGbp == null ? DEFAULT.moveGbp : moveGbp);
    }
}
