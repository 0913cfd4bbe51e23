package org.onepool.model.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Durations between dates in years and months, the way the estimates count them. */
public final class Tenure {
    /** Mean days in a year and in a month over the Gregorian cycle. */
    public static final double DAYS_PER_YEAR = 365.2425;
    public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

    private Tenure() {
    }

    public static double years(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
    }

    public static double months(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_MONTH;
    }
}
