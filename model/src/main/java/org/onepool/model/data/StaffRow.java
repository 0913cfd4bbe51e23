package org.onepool.model.data;

import java.time.LocalDate;
import java.util.Objects;
import org.onepool.model.population.AgeBand;

/**
 * A member of staff in post on the staff list's date, mapped to onepool's codes.
 *
 * @param grade            onepool grade, 1 = lowest
 * @param salaryGbpFte     full-time equivalent salary, GBP a year (NaN when not given)
 * @param joined           start with the employer (continuous service)
 * @param inPostSince      start in the current post; null when not given
 * @param ageYears         exact age in whole years on the list's date when a date of birth was given, else -1
 * @param ageBand          age band on the list's date
 */
public record StaffRow(String partner, String jobFamily, int grade, double salaryGbpFte, LocalDate joined,
                       LocalDate inPostSince, int ageYears, AgeBand ageBand) {
    public StaffRow {
        Objects.requireNonNull(partner);
        Objects.requireNonNull(jobFamily);
        Objects.requireNonNull(joined);
        Objects.requireNonNull(ageBand);
    }
}
