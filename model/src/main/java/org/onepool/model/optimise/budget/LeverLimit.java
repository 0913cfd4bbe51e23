package org.onepool.model.optimise.budget;

/** A lever's minimum and maximum over the budget period, GBP (a problem fact). */
public record LeverLimit(int lever, long minGbp, long maxGbp) {
}
