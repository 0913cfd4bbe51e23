/**
 * Money over time: the ledger of a run's costs by month, partner and category, financial years, Green
 * Book discount rates, cost shares between partners, and an option's appraisal against business as usual
 * (net present value, benefit-cost ratio, payback, optimism bias).
 *
 * <p>May import: {@code org.onepool.model.scenario}.
 */
package org.onepool.model.finance;
