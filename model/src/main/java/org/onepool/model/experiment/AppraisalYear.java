package org.onepool.model.experiment;

/**
 * One appraisal year as the result reports it: its financial-year label, the discount rate that takes it
 * from the year before (0 for year 0, which is undiscounted) and its discount factor, the product of those
 * steps.
 */
public record AppraisalYear(String label, double discountRate, double discountFactor) {
}
