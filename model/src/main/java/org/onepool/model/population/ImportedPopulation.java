package org.onepool.model.population;

import java.time.YearMonth;
import java.util.List;

/**
 * The staff in post at the end of {@code asOf}, as recorded, in a fixed order (the order the simulation
 * gives them ids in, so every arm and every replication meets the same people).
 */
public record ImportedPopulation(YearMonth asOf, List<RecordedPerson> people) {
    public ImportedPopulation {
        people = List.copyOf(people);
    }

    /** Whether any of the staff work for the partner. */
    public boolean covers(String partner) {
        return people.stream().anyMatch(p -> p.partner().equals(partner));
    }

    /** Whole months from {@code from} to {@code to} (positive when {@code to} is later). */
    public static int monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }
}
