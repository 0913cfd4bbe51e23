package org.onepool.model.data;

/**
 * One year of one measure for one partner x job family: what happened against what business as usual
 * simulated from the past month (mean and percentiles over replications).
 *
 * @param measure   leavers (every reason), hires (joiners from outside) or openVacancies (mean of month ends)
 * @param year      the twelve months counted from the back-test's start, e.g. 2022/23
 * @param inside    whether the actual lies within the simulated P10 to P90
 * @param smallCell whether the actual rests on fewer than five people (to be shown as such)
 */
public record BacktestComparison(String partner, String jobFamily, String measure, String year, double actual,
                                 double mean, double p10, double p50, double p90, boolean inside, boolean smallCell) {
}
