package org.onepool.model.experiment;

import java.util.List;
import org.onepool.model.projection.Projection;
import org.onepool.model.scenario.Assumption;

/**
 * A finished experiment: the summary contract, the long-format cash flows behind it, the assumptions
 * register of the scenario, the appraisal years with their discount rates and factors, and how much was
 * simulated.
 *
 * @param years             the appraisal's financial years in order, year 0 first
 * @param staffMonths       staff-months simulated in all (for throughput)
 * @param elapsedSeconds    wall-clock time of the experiment
 * @param projection        the workforce projection by arm, partner x job family and financial year
 */
public record ExperimentResult(
        Summary summary,
        List<CashFlowRow> cashFlows,
        List<Assumption> assumptions,
        List<AppraisalYear> years,
        double staffMonths,
        double elapsedSeconds,
        Projection projection) {
}
