package org.onepool.model.finance;

import java.time.YearMonth;

/**
 * UK financial years (April to March) of an appraisal. Appraisal year 0 is the financial year that
 * contains the start month; a start other than April makes year 0 a part year.
 */
public final class FinancialYears {
    private final YearMonth start;
    private final int months;
    private final int[] yearOfMonth;
    private final int years;

    public FinancialYears(YearMonth start, int months) {
        this.start = start;
        this.months = months;
        this.yearOfMonth = new int[months];
        int first = financialYearStarting(start);
        int last = 0;
        for (int m = 0; m < months; m++) {
            yearOfMonth[m] = financialYearStarting(start.plusMonths(m)) - first;
            last = yearOfMonth[m];
        }
        this.years = months == 0 ? 0 : last + 1;
    }

    /** The calendar year in which the financial year containing {@code month} starts. */
    static int financialYearStarting(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** The calendar year appraisal year 0 starts in. */
    public int firstFinancialYear() {
        return financialYearStarting(start);
    }

    /** Appraisal year (0 = the first financial year) of month m (0 = the start month). */
    public int yearOf(int month) {
        return yearOfMonth[month];
    }

    public int years() {
        return years;
    }

    public int months() {
        return months;
    }

    /** Label of appraisal year t, e.g. {@code 2027/28}. */
    public String label(int year) {
        int first = financialYearStarting(start) + year;
        return first + "/" + String.format("%02d", (first + 1) % 100);
    }

    /** Label of the financial year that contains month m. */
    public String labelOfMonth(int month) {
        return label(yearOf(month));
    }
}
