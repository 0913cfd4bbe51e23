package org.onepool.model.experiment;

import java.util.List;
import org.onepool.model.scenario.Assumption;

/**
 * A finished experiment: the summary contract, the long-format cash flows behind it, the assumptions
 * register of the scenario, the discount factor of each financial year, and how much was simulated.
 *
 * @param discountFactors   factor of each appraisal year, in {@link #financialYears} order
 * @param staffMonths       staff-months simulated in all (for throughput)
 * @param elapsedSeconds    wall-clock time of the experiment
 */
public record ExperimentResult(
        Summary summary,
        List<CashFlowRow> cashFlows,
        List<Assumption> assumptions,
        List<String> financialYears,
        List<Double> discountFactors,
        double staffMonths,
        double elapsedSeconds) {
}
