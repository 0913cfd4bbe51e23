/**
 * Experiments: paired replications of business as usual and every option on common random numbers,
 * their appraisal into summary statistics, the tornado and switching values, stress tests, deployment
 * comparisons and the invest-to-save budget split (joining the budget optimiser's plans to the
 * simulation). The top of the model: what the command line and reports call.
 *
 * <p>May import: {@code org.onepool.model}, {@code org.onepool.model.scenario},
 * {@code org.onepool.model.scenario.input}, {@code org.onepool.model.finance},
 * {@code org.onepool.model.optimise.budget}, {@code org.onepool.model.optimise.deployment},
 * {@code org.onepool.model.workforce}.
 */
package org.onepool.model.experiment;
