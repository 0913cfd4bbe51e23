package org.onepool.model.projection;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Workforce;

/**
 * The rows of a scenario's projection, in order: for each partner its job families then its total; then
 * each job family's total over partners; then the overall total. Each row knows the partner x job family
 * cells (pf = partner x families + family, as the simulation lays them out) it adds up.
 */
public final class ProjectionRows {
    private final List<ProjectionRow> rows = new ArrayList<>();
    private final List<int[]> pfsOfRow = new ArrayList<>();

    public ProjectionRows(Scenario scenario) {
        List<JobFamily> families = scenario.jobFamilies();
        List<Partner> partners = scenario.partners();
        int familyCount = families.size();
        List<List<Integer>> byFamily = new ArrayList<>();
        for (int f = 0; f < familyCount; f++) byFamily.add(new ArrayList<>());
        List<Integer> every = new ArrayList<>();
        for (int p = 0; p < partners.size(); p++) {
            Partner partner = partners.get(p);
            List<Integer> own = new ArrayList<>();
            for (int f = 0; f < familyCount; f++) {
                if (!employs(partner, families.get(f).id())) continue;
                int pf = p * familyCount + f;
                add(new ProjectionRow(p, partner.id(), partner.name(), f, families.get(f).id(), families.get(f).name()),
                        List.of(pf));
                own.add(pf);
                byFamily.get(f).add(pf);
                every.add(pf);
            }
            add(new ProjectionRow(p, partner.id(), partner.name(), -1, ProjectionRow.ALL, "All job families"), own);
        }
        for (int f = 0; f < familyCount; f++) {
            if (byFamily.get(f).isEmpty()) continue;
            add(new ProjectionRow(-1, ProjectionRow.ALL, "All partners", f, families.get(f).id(), families.get(f).name()),
                    byFamily.get(f));
        }
        add(new ProjectionRow(-1, ProjectionRow.ALL, "All partners", -1, ProjectionRow.ALL, "All job families"), every);
    }

    private static boolean employs(Partner partner, String family) {
        if (partner.workforce() == null) return false;
        for (Workforce w : partner.workforce()) if (w.jobFamily().equals(family)) return true;
        return false;
    }

    private void add(ProjectionRow row, List<Integer> pfs) {
        rows.add(row);
        pfsOfRow.add(pfs.stream().mapToInt(Integer::intValue).toArray());
    }

    public List<ProjectionRow> rows() {
        return List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    public ProjectionRow get(int row) {
        return rows.get(row);
    }

    /** The partner x job family cells a row adds up. */
    int[] pfs(int row) {
        return pfsOfRow.get(row);
    }
}
