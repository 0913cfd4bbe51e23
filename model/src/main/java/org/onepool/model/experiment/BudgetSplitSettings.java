package org.onepool.model.experiment;

import org.onepool.model.optimise.budget.BudgetObjective;
import org.onepool.model.scenario.BudgetSplit;

/**
 * How to answer a budget split.
 *
 * @param split                    the question (option, budget, years, tranche, cap)
 * @param objective                mean or P10 NPV
 * @param seed                     master seed: simulation, design and optimiser
 * @param threads                  worker threads
 * @param designReplications       replications of each design plan (common random numbers)
 * @param designPoints             plans simulated to fit the surface (0: twice the surface's features)
 * @param verificationReplications fresh replications each candidate plan is verified on
 */
public record BudgetSplitSettings(BudgetSplit split, BudgetObjective objective, long seed, int threads,
                                  int designReplications, int designPoints, int verificationReplications) {
}
