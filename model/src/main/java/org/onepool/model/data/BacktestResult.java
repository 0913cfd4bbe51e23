package org.onepool.model.data;

import java.util.List;
import java.util.Map;

/**
 * A back-test: business as usual simulated from a past month on the staff of that month, scored against
 * what happened in each following year.
 *
 * @param partnerNames partner id to name
 * @param coverage share of all comparisons whose actual lies within the simulated P10 to P90 (about 0.8 when the
 *                 model describes the years well)
 */
public record BacktestResult(String scenario, String from, int years, int replications, long seed,
                             Map<String, String> partnerNames, List<BacktestComparison> comparisons, List<Bias> bias, List<Coverage> coverageByMeasure,
                             double coverage, List<String> notes) {
    public BacktestResult {
        partnerNames = Map.copyOf(partnerNames);
        comparisons = List.copyOf(comparisons);
        bias = List.copyOf(bias);
        coverageByMeasure = List.copyOf(coverageByMeasure);
        notes = List.copyOf(notes);
    }

    /** Simulated mean minus actual, a year on average, for one partner x family x measure; relative to the actual. */
    public record Bias(String partner, String jobFamily, String measure, double actualPerYear, double simulatedPerYear,
                       double bias, double relativeBias) {
    }

    /** How many comparisons of a measure fall within P10 to P90. */
    public record Coverage(String measure, int comparisons, int inside, double share) {
    }
}
