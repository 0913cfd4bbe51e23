package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a deployment policy over instances of the families against the exact reference and tallies, per
 * family and size, how many plans reach the optimum, the worst gap and the time per call.
 */
final class OptimalityTable {
    /** One row: a family at a size. Gaps in GBP of soft score, and as a share of the optimum's magnitude. */
    record Row(DeploymentFamilies family, String size, int optimal, int total, int infeasible, long worstGapGbp,
               double worstGapShare, boolean allProven, double millisPerCall) {
        @Override
        public String toString() {
            return String.format("| %s | %s | %d / %d | %s | %.1f%% | %s | %.1f |", family, size, optimal, total,
                    worstGapGbp == 0 ? "0" : String.format("%,d", worstGapGbp), 100 * worstGapShare,
                    allProven ? "proven" : "LP bound", millisPerCall)
                    + (infeasible > 0 ? " " + infeasible + " infeasible" : "");
        }
    }

    private OptimalityTable() {
    }

    static Row run(DeploymentFamilies family, String size, int seeds, SizeOf sizeOf, Supplier<DeploymentPolicy> policy,
                   long milpMillis) {
        int optimal = 0;
        int infeasible = 0;
        long worst = 0;
        double worstShare = 0;
        boolean proven = true;
        long nanos = 0;
        for (int s = 0; s < seeds; s++) {
            int[] nm = sizeOf.of(s);
            DeploymentProblem problem = family.instance(s, nm[0], nm[1]);
            MilpDeployment.Result exact = MilpDeployment.solve(problem, milpMillis);
            proven &= exact.proven();
            DeploymentPolicy p = policy.get();
            long t0 = System.nanoTime();
            DeploymentPlan plan = p.plan(problem);
            nanos += System.nanoTime() - t0;
            if (!plan.feasible()) {
                infeasible++;
                continue;
            }
            long reference = exact.proven() ? exact.plan().softScore() : exact.upperBound();
            long gap = Math.max(0, reference - plan.softScore());
            if (gap == 0) optimal++;
            if (gap > worst) {
                worst = gap;
                worstShare = (double) gap / Math.max(1, Math.abs(reference));
            }
        }
        return new Row(family, size, optimal, seeds, infeasible, worst, worstShare, proven, nanos / 1e6 / seeds);
    }

    /** The size of instance number s: {people, posts}. */
    interface SizeOf {
        int[] of(int s);
    }

    static SizeOf fixed(int people, int posts) {
        return s -> new int[] {people, posts};
    }

    /** Small instances of 3 to 8 people and 2 to 8 posts, varying with the seed. */
    static SizeOf small() {
        return s -> new int[] {3 + s % 6, 2 + (s * 5) % 7};
    }

    static List<Row> all(String size, int seeds, SizeOf sizeOf, Supplier<DeploymentPolicy> policy, long milpMillis) {
        List<Row> rows = new ArrayList<>();
        for (DeploymentFamilies f : DeploymentFamilies.values()) {
            Row row = run(f, size, seeds, sizeOf, policy, milpMillis);
            System.out.println(row);
            rows.add(row);
        }
        return rows;
    }
}
