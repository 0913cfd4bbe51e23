package org.onepool.model.experiment;

import java.io.Serializable;
import java.util.List;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.finance.PayBill;
import org.onepool.model.projection.ReplicationProjection;

/**
 * What one replication of the main appraisal found: business as usual's workforce indicators and total
 * cost, each option's appraisal and indicators (in the experiment's option order), the uncertain inputs as
 * sampled (in the assumptions register's order) and the staff-months simulated. Immutable and
 * serialisable, so a block of replications can be run in one place and folded ({@link AppraisalFold}) in
 * another.
 *
 * @param baselineCostGbp business as usual's total cost over the horizon, on the economic case's lines
 * @param baselinePayBill business as usual's pay bill by partner and financial year, nominal
 * @param projection      the workforce projection of business as usual and each option
 */
public record ReplicationOutcome(int replication, WorkforceIndicators baseline, double baselineCostGbp,
                                 List<OptionOutcome> options, List<Double> sampledInputs, double staffMonths,
                                 PayBill baselinePayBill, ReplicationProjection projection)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public ReplicationOutcome {
        options = List.copyOf(options);
        sampledInputs = List.copyOf(sampledInputs);
    }

    /**
     * One option in the replication: its appraisal against business as usual and its workforce indicators,
     * and for an option with stop rules, what its rules did (else null).
     */
    public record OptionOutcome(OptionAppraisal appraisal, WorkforceIndicators workforce, StopRuleOutcome stopRules)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public OptionOutcome(OptionAppraisal appraisal, WorkforceIndicators workforce) {
            this(appraisal, workforce, null);
        }
    }

    /**
     * An option's stop rules in one replication: its NPV with every rule switched off (the same replication
     * on common random numbers), and which of its interventions (indexes into the option's list) a rule stopped.
     */
    public record StopRuleOutcome(double npvWithoutRules, List<Integer> stoppedInterventions) implements Serializable {
        private static final long serialVersionUID = 1L;

        public StopRuleOutcome {
            stoppedInterventions = List.copyOf(stoppedInterventions);
        }
    }
}
