package org.onepool.model.finance;

import java.util.List;
import org.onepool.model.scenario.AppraisalSettings;
import org.onepool.model.scenario.DiscountBand;

/**
 * A discount-rate schedule by appraisal year (year 0 is the first financial year). The factor of year t
 * compounds each year's own rate: factor(t) = factor(t-1) / (1 + rate(t)), factor(0) = 1, so a
 * declining schedule such as the Green Book's is applied correctly beyond year 30.
 */
public final class DiscountRates {
    /** HM Treasury Green Book social time preference rate (Green Book 2022, table 8). */
    public static final List<DiscountBand> GREEN_BOOK = List.of(new DiscountBand(0, 0.035),
            new DiscountBand(31, 0.030), new DiscountBand(76, 0.025), new DiscountBand(126, 0.020),
            new DiscountBand(201, 0.015), new DiscountBand(301, 0.010));
    /** Green Book health variant: the pure time preference element removed (1.5% for years 0-30). */
    public static final List<DiscountBand> GREEN_BOOK_HEALTH = List.of(new DiscountBand(0, 0.015),
            new DiscountBand(31, 0.01286), new DiscountBand(76, 0.01071), new DiscountBand(126, 0.00857),
            new DiscountBand(201, 0.00643), new DiscountBand(301, 0.00429));

    private final List<DiscountBand> bands;

    public DiscountRates(List<DiscountBand> bands) {
        this.bands = List.copyOf(bands);
    }

    public static DiscountRates of(AppraisalSettings settings) {
        return switch (settings.discountSchedule()) {
            case GREEN_BOOK -> new DiscountRates(GREEN_BOOK);
            case GREEN_BOOK_HEALTH -> new DiscountRates(GREEN_BOOK_HEALTH);
            case CUSTOM -> new DiscountRates(settings.discountRates());
        };
    }

    /** The rate that applies in appraisal year t. */
    public double rate(int year) {
        double rate = bands.get(0).annualRate();
        for (DiscountBand band : bands) {
            if (year >= band.fromYear()) rate = band.annualRate();
        }
        return rate;
    }

    /** The rate that discounts appraisal year t from year t-1: 0 for year 0, which is undiscounted. */
    public double rateIntoYear(int year) {
        return year == 0 ? 0 : rate(year);
    }

    /** Discount factor of appraisal year t (year 0 undiscounted). */
    public double factor(int year) {
        double factor = 1;
        for (int t = 1; t <= year; t++) factor /= 1 + rate(t);
        return factor;
    }

    /** Factors of years 0..years-1. */
    public double[] factors(int years) {
        double[] out = new double[years];
        double factor = 1;
        for (int t = 0; t < years; t++) {
            factor /= 1 + rateIntoYear(t);
            out[t] = factor;
        }
        return out;
    }
}
