package org.onepool.model.optimise.budget;

/** The most that may be spent in one year of the budget period, GBP (a problem fact). */
public record YearCap(int year, long capGbp) {
}
