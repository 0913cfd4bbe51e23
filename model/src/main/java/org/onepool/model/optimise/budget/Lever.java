package org.onepool.model.optimise.budget;

import org.onepool.model.scenario.DoseResponse;

/**
 * One lever of a budget split: an intervention of the option that states a dose-response.
 *
 * @param intervention     index of the intervention within the option
 * @param name             label for reports
 * @param minGbp           least the lever must receive over the budget period
 * @param maxGbp           most it may receive (Long.MAX_VALUE for no limit)
 * @param dose             how its effect grows with spend per covered head
 * @param coveredHeadcount per partner of the scenario: staff the lever covers there (0 where it covers none)
 */
public record Lever(int intervention, String name, long minGbp, long maxGbp, DoseResponse dose,
                    double[] coveredHeadcount) {

    public boolean covers(int partner) {
        return coveredHeadcount[partner] > 0;
    }

    public double totalCoveredHeadcount() {
        double total = 0;
        for (double h : coveredHeadcount) total += h;
        return total;
    }
}
