package org.onepool.model.optimise.deployment;

/**
 * How the soft goals are priced, all in GBP so they add up: agency cost of a post left vacant dominates.
 *
 * @param monthsUntilExternalFill     months a post left to external recruitment stays vacant (agency cost)
 * @param travelGbpPerKm              cost of each km between a person's home and the post (travel, disruption)
 * @param progressionGbpPerMonth      retention value of moving a stagnating person up a grade, per month
 *                                    they have been stagnating
 * @param moveGbp                     disruption of any move
 */
public record DeploymentWeights(int monthsUntilExternalFill, long travelGbpPerKm, long progressionGbpPerMonth,
                                long moveGbp) {
    public static final DeploymentWeights DEFAULT = new DeploymentWeights(3, 20, 50, 250);
}
