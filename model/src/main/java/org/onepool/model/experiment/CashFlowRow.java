package org.onepool.model.experiment;

/**
 * Net saving of one option for one partner, cost category and financial year, over replications, in one of
 * the two cases: the economic case (real terms at the price base year, after optimism bias and the benefits
 * shortfall) or the financial case (cash, nominal). The option's own costs are the partner's share of them,
 * so they appear as negative savings.
 *
 * @param resourceType cash, staffTime or serviceValue
 * @param priceBasis   e.g. "real 2024-25 prices" (economic case) or "nominal" (financial case)
 * @param payer        whose budget bears the line: the partner, or the partner's cost share of the option
 */
public record CashFlowRow(String option, String partner, String category, String resourceType, String caseName,
                          String priceBasis, String payer, String financialYear, Stats netSaving) {
}
