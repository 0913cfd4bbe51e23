package org.onepool.model.workforce;

import java.util.List;
import org.onepool.model.finance.Ledger;

/**
 * What one arm of one replication produced: its costs, its monthly workforce record, and which of its
 * option's interventions (indexes into the option's list) their stop rule stopped.
 */
public record ArmResult(Arm arm, Ledger ledger, MonthlySeries series, List<Integer> stoppedInterventions) {

    public ArmResult {
        stoppedInterventions = List.copyOf(stoppedInterventions);
    }

    public ArmResult(Arm arm, Ledger ledger, MonthlySeries series) {
        this(arm, ledger, series, List.of());
    }
}
