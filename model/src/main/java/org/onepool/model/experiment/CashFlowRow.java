package org.onepool.model.experiment;

/**
 * Net saving (business-as-usual cost minus the option's cost, after optimism bias) of one option for one
 * partner, cost category and financial year, over replications. Investment categories are the
 * partner's share of the option's costs, so they appear as negative savings.
 */
public record CashFlowRow(String option, String partner, String category, String financialYear, Stats netSaving) {
}
