package org.onepool.model.workforce;

import org.onepool.model.finance.Ledger;

/** What one arm of one replication produced: its costs and its monthly workforce record. */
public record ArmResult(Arm arm, Ledger ledger, MonthlySeries series) {
}
