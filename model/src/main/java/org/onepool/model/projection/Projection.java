package org.onepool.model.projection;

import java.util.List;

/**
 * A finished projection: for each arm (business as usual, each option, each option's difference from
 * business as usual), row and financial year, every measure's mean over replications and, for banded
 * measures, its P10/P50/P90 (NaN for the others). Immutable.
 */
public final class Projection {
    /**
     * One arm of the projection.
     *
     * @param kind   baseline, option or difference
     * @param option for a difference, the option it is of (else null)
     */
    public record Arm(String id, String name, String kind, String option) {
        public boolean difference() {
            return "difference".equals(kind);
        }
    }

    private final List<ProjectionRow> rows;
    private final List<String> years;
    private final List<Arm> arms;
    private final double[][] stats;

    Projection(List<ProjectionRow> rows, List<String> years, List<Arm> arms, double[][] stats) {
        this.rows = List.copyOf(rows);
        this.years = List.copyOf(years);
        this.arms = List.copyOf(arms);
        this.stats = stats;
    }

    public List<ProjectionRow> rows() {
        return rows;
    }

    /** Financial-year labels, year 0 first. */
    public List<String> years() {
        return years;
    }

    public List<Arm> arms() {
        return arms;
    }

    /** Whether a measure is given for a row: per-partner measures are not given for one job family. */
    public static boolean given(ProjectionRow row, ProjectionMeasure measure) {
        return !measure.partnerLevel() || row.allFamilies();
    }

    /** Mean and P10/P50/P90 (NaN for a measure with a mean only) of a measure. */
    public Band get(int arm, int row, int year, ProjectionMeasure measure) {
        return ProjectionFold.stats(stats[arm], ArmProjection.index(row, year, years.size(), measure));
    }

    /** The index of the arm with this id, or -1. */
    public int arm(String id) {
        for (int a = 0; a < arms.size(); a++) if (arms.get(a).id().equals(id)) return a;
        return -1;
    }

    /** The index of a row, or -1. */
    public int row(String partnerId, String familyId) {
        for (int r = 0; r < rows.size(); r++) {
            ProjectionRow row = rows.get(r);
            if (row.partnerId().equals(partnerId) && row.familyId().equals(familyId)) return r;
        }
        return -1;
    }
}
