package org.onepool.model.optimise.budget;

/** Where a tranche can go: a lever, at one partner, in one year of the budget period. */
public record BudgetSlot(int lever, int partner, int year) {
}
