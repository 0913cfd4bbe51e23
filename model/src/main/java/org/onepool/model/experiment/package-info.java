/**
 * Monte Carlo experiments on the simulation: the appraisal of every option against business as usual on
 * common random numbers ({@link org.onepool.model.experiment.Experiment}, in named steps: replicate, fold in
 * replication order, screen and tornado, switching values, stress tests, deployment comparisons, assemble),
 * the invest-to-save budget split and its verification (joining the budget optimiser's plans to the
 * simulation), and the results they hand to the outputs ({@link org.onepool.model.experiment.Summary}, the
 * summary.json contract; {@code ExperimentResult}; {@code BudgetSplitResult}). Results are the same for a
 * seed at any thread count. The top of the model: no other model package imports it; it knows no output
 * format, file or command line.
 *
 * <p>May import: {@code org.onepool.model}, {@code org.onepool.model.scenario},
 * {@code org.onepool.model.scenario.input}, {@code org.onepool.model.finance},
 * {@code org.onepool.model.optimise.budget}, {@code org.onepool.model.optimise.deployment},
 * {@code org.onepool.model.workforce}, {@code org.onepool.model.projection}, and Commons Math (statistics, root
 * finding).
 */
package org.onepool.model.experiment;
