package org.onepool.model.experiment;

import java.io.Serializable;
import org.onepool.model.finance.OptionAppraisal;

/**
 * What one replication of the main appraisal contributes to its fold: small enough to hand between
 * threads, or from a cluster's executor to its driver.
 *
 * @param replication        the replication's index (its seed derives from the master seed and this)
 * @param baselineIndicators business as usual's workforce indicators, in {@link WorkforceIndicators#NAMES} order
 * @param baselineCost       business as usual's total cost over the horizon
 * @param appraisals         each option against business as usual, in option order
 * @param shares             each option's cost shares by partner
 * @param workforce          each option's workforce indicators
 * @param inputs             the sampled value of each uncertain input, in register order
 * @param staffMonths        staff-months simulated, warm-up included (for throughput)
 */
public record ReplicationOutcome(int replication, double[] baselineIndicators, double baselineCost,
                                 OptionAppraisal[] appraisals, double[][] shares, WorkforceIndicators[] workforce,
                                 double[] inputs, double staffMonths) implements Serializable {
    private static final long serialVersionUID = 1L;
}
