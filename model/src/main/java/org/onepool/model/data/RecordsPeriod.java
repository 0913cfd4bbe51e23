package org.onepool.model.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates the records cover: leavers and campaigns from {@code from}, to the staff list's date
 * {@code to}; estimates use the part up to {@code fitUntil} (the whole period unless a back-test needs
 * later years kept out of the fit).
 */
public record RecordsPeriod(LocalDate from, LocalDate to, LocalDate fitUntil) {
    public RecordsPeriod {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        fitUntil = fitUntil == null ? to : fitUntil;
        if (!from.isBefore(to)) throw new IllegalArgumentException("period from " + from + " to " + to);
        if (fitUntil.isBefore(from) || fitUntil.isAfter(to)) {
            throw new IllegalArgumentException("fit until " + fitUntil + " outside " + from + " to " + to);
        }
    }

    public RecordsPeriod(LocalDate from, LocalDate to) {
        this(from, to, null);
    }

    /** Years from {@code from} to {@code fitUntil}. */
    public double fitYears() {
        return Tenure.years(from, fitUntil);
    }
}
