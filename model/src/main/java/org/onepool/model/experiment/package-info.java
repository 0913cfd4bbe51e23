/**
 * Monte Carlo experiments on the simulation: the appraisal of every option against business as usual on
 * common random numbers ({@link org.onepool.model.experiment.Experiment}, in named steps: replicate, fold in
 * replication order, screen and tornado, switching values, stress tests, deployment comparisons, assemble),
 * the invest-to-save budget split and its verification, and the results they hand to the outputs
 * ({@link org.onepool.model.experiment.Summary}, the summary.json contract; {@code ExperimentResult};
 * {@code BudgetSplitResult}). Results are the same for a seed at any thread count.
 *
 * <p>The top of the model: may import {@code org.onepool.model.scenario}, {@code .workforce} (to run
 * replications), {@code .finance} (to appraise them), {@code .optimise.budget} (the split it drives) and
 * Commons Math (statistics, root finding). No other model package imports it; it knows no output format,
 * file or command line.
 */
package org.onepool.model.experiment;
