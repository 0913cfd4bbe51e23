package org.onepool.model.workforce;

import java.time.YearMonth;
import java.util.Arrays;
import org.onepool.model.population.ImportedPopulation;
import org.onepool.model.population.PopulationSource;
import org.onepool.model.population.RecordedPerson;
import org.onepool.model.scenario.Scenario;

/**
 * A scenario's recorded population laid out per cell, with months counted from month 0: who replaces the
 * synthetic staff of the partners the records cover. Read-only once built.
 */
final class RecordedStaff {
    static final int UNKNOWN = Integer.MIN_VALUE;

    private final boolean[] coveredPartner;
    /** Per cell, one entry per person in file order: months joined and in post relative to month 0, age band. */
    final int[][] joined;
    final int[][] inPost;
    final int[][] ageFromMonths;
    final int[][] ageSpanMonths;

    private RecordedStaff(Layout layout) {
        coveredPartner = new boolean[layout.partners()];
        joined = new int[layout.cells()][];
        inPost = new int[layout.cells()][];
        ageFromMonths = new int[layout.cells()][];
        ageSpanMonths = new int[layout.cells()][];
    }

    /** The recorded staff of a scenario, or null when it has none. */
    static RecordedStaff of(Scenario scenario, Layout layout) {
        PopulationSource source = scenario.population();
        if (source == null) return null;
        ImportedPopulation population = source.people();
        if (population == null) {
            throw new IllegalStateException("the scenario's population file has not been read: load the scenario "
                    + "from its file");
        }
        RecordedStaff staff = new RecordedStaff(layout);
        YearMonth start = scenario.appraisal().start();
        int shift = ImportedPopulation.monthsBetween(population.asOf(), start);
        int[] count = new int[layout.cells()];
        int[] cellOf = new int[population.people().size()];
        for (int i = 0; i < cellOf.length; i++) {
            RecordedPerson p = population.people().get(i);
            int partner = indexOfPartner(scenario, p.partner());
            int family = indexOfFamily(scenario, p.jobFamily());
            cellOf[i] = layout.cell(partner, family, p.grade() - 1);
            count[cellOf[i]]++;
            staff.coveredPartner[partner] = true;
        }
        for (int cell = 0; cell < count.length; cell++) {
            staff.joined[cell] = new int[count[cell]];
            staff.inPost[cell] = new int[count[cell]];
            staff.ageFromMonths[cell] = new int[count[cell]];
            staff.ageSpanMonths[cell] = new int[count[cell]];
        }
        Arrays.fill(count, 0);
        for (int i = 0; i < cellOf.length; i++) {
            RecordedPerson p = population.people().get(i);
            int cell = cellOf[i];
            int k = count[cell]++;
            staff.joined[cell][k] = ImportedPopulation.monthsBetween(start, p.joined());
            staff.inPost[cell][k] = p.inPostSince() == null ? UNKNOWN : ImportedPopulation.monthsBetween(start, p.inPostSince());
            staff.ageFromMonths[cell][k] = p.ageBand().fromYears() * 12 + shift;
            staff.ageSpanMonths[cell][k] = (p.ageBand().toYears() - p.ageBand().fromYears()) * 12;
        }
        return staff;
    }

    boolean covers(int partner) {
        return coveredPartner[partner];
    }

    private static int indexOfPartner(Scenario scenario, String id) {
        int p = scenario.partnerIndex(id);
        if (p < 0) throw new IllegalArgumentException("recorded staff at unknown partner " + id);
        return p;
    }

    private static int indexOfFamily(Scenario scenario, String id) {
        for (int f = 0; f < scenario.jobFamilies().size(); f++) if (scenario.jobFamilies().get(f).id().equals(id)) return f;
        throw new IllegalArgumentException("recorded staff in unknown job family " + id);
    }
}
