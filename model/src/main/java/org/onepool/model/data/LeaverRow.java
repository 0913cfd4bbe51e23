package org.onepool.model.data;

import java.time.LocalDate;
import java.util.Objects;
import org.onepool.model.population.AgeBand;

/**
 * Someone who left, mapped to onepool's codes.
 *
 * @param grade    onepool grade, 1 = lowest; 0 when the leavers list does not give one
 * @param joined   start with the employer
 * @param left     leaving date (last day of service)
 * @param ageYears exact age in whole years on leaving when a date of birth was given, else -1
 * @param ageBand  age band on leaving; null when not given
 */
public record LeaverRow(String partner, String jobFamily, int grade, LocalDate joined, LocalDate left,
                        LeavingReason reason, int ageYears, AgeBand ageBand) {
    public LeaverRow {
        Objects.requireNonNull(partner);
        Objects.requireNonNull(jobFamily);
        Objects.requireNonNull(joined);
        Objects.requireNonNull(left);
        Objects.requireNonNull(reason);
    }
}
