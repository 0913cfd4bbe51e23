package org.onepool.model.population;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One member of staff as recorded, with nothing that names them.
 *
 * @param grade       onepool grade in the family's ladder, 1 = lowest
 * @param ageBand     age at the population's month
 * @param joined      month they started with the employer
 * @param inPostSince month they took their current post; null when the extract does not say
 */
public record RecordedPerson(String partner, String jobFamily, int grade, AgeBand ageBand, YearMonth joined,
                             YearMonth inPostSince) {
    public RecordedPerson {
        Objects.requireNonNull(partner);
        Objects.requireNonNull(jobFamily);
        Objects.requireNonNull(ageBand);
        Objects.requireNonNull(joined);
    }
}
