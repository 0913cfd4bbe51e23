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
                    allProven ? "proven" : "bound (CP-SAT, Lagrangian)", millisPerCall)
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
            Reference exact = reference(family, s, nm, problem, milpMillis);
            DeploymentPolicy p = policy.get();
            long t0 = System.nanoTime();
            DeploymentPlan plan = p.plan(problem);
            nanos += System.nanoTime() - t0;
            if (!plan.feasible()) {
                infeasible++;
                continue;
            }
            long reference = exact.proven() ? exact.optimum() : exact.upperBound();
            if (plan.softScore() > reference) {
                throw new IllegalStateException(family + " " + s + ": the plan scores " + plan.softScore()
                        + ", above the reference's " + reference);
            }
            long gap = reference - plan.softScore();
            // A plan that reaches the bound is itself the proof of the optimum.
            proven &= exact.proven() || gap == 0;
            if (gap == 0) optimal++;
            if (gap > worst) {
                worst = gap;
                worstShare = (double) gap / Math.max(1, Math.abs(reference));
            }
        }
        return new Row(family, size, optimal, seeds, infeasible, worst, worstShare, proven, nanos / 1e6 / seeds);
    }

    /** What the exact reference says about one instance: best plan found, and its bound when not proven. */
    record Reference(long optimum, boolean proven, long upperBound) {
    }

    /**
     * CP-SAT on the instance (or its answer kept from an earlier run in the folder named by
     * {@code -Doptimality.cache}, one line per instance, so the optimiser can be re-measured without
     * re-solving the reference; the key holds the family, seed, size and time limit); when CP-SAT does not
     * prove its plan optimal, its bound tightened by the budget's Lagrangian relaxation.
     */
    static Reference reference(DeploymentFamilies family, int seed, int[] nm, DeploymentProblem problem, long milpMillis) {
        Reference cpSat = cpSat(family, seed, nm, problem, milpMillis);
        if (cpSat.proven()) return cpSat;
        // CP-SAT's bound can be weak; the budget's Lagrangian relaxation often bounds far closer.
        long bound = cpSat.upperBound();
        for (double price : LagrangianStart.prices(problem)) {
            bound = Math.min(bound, MilpDeployment.lagrangianBound(problem, price, milpMillis));
        }
        return new Reference(cpSat.optimum(), bound <= cpSat.optimum(), Math.max(bound, cpSat.optimum()));
    }

    private static Reference cpSat(DeploymentFamilies family, int seed, int[] nm, DeploymentProblem problem, long milpMillis) {
        String dir = System.getProperty("optimality.cache");
        java.nio.file.Path file = dir == null ? null
                : java.nio.file.Path.of(dir, family + "-" + seed + "-" + nm[0] + "x" + nm[1] + "-" + milpMillis + ".txt");
        try {
            if (file != null && java.nio.file.Files.exists(file)) {
                String[] f = java.nio.file.Files.readString(file).trim().split(" ");
                return new Reference(Long.parseLong(f[0]), Boolean.parseBoolean(f[1]), Long.parseLong(f[2]));
            }
            MilpDeployment.Result exact = MilpDeployment.solve(problem, milpMillis);
            Reference r = new Reference(exact.plan().softScore(), exact.proven(), exact.upperBound());
            if (file != null) {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, r.optimum() + " " + r.proven() + " " + r.upperBound() + "\n");
            }
            return r;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        String only = System.getProperty("optimality.families");
        for (DeploymentFamilies f : DeploymentFamilies.values()) {
            if (only != null && !List.of(only.split(",")).contains(f.name())) continue;
            Row row = run(f, size, seeds, sizeOf, policy, milpMillis);
            System.out.println(row);
            rows.add(row);
        }
        return rows;
    }
}
