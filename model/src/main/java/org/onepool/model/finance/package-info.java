/**
 * The money of an appraisal, Green Book style: the ledger a simulated run writes (costs by month, partner
 * and category), UK financial years, the discount-rate schedules and their factors, the measures of a net
 * cash flow (NPV, payback, peak funding), each partner's share of an option's costs, and one option
 * appraised against business as usual in one replication ({@link org.onepool.model.finance.OptionAppraisal}).
 * Arithmetic on numbers and scenario records only, below the simulation (which writes the ledger), the
 * budget optimiser (which reads financial years) and the experiments.
 *
 * <p>May import: {@code org.onepool.model.scenario} (its records: cost categories, options, partners,
 * appraisal settings) and the JDK; nothing from the workforce simulation, the experiments, the optimisers
 * or any output format.
 */
package org.onepool.model.finance;
