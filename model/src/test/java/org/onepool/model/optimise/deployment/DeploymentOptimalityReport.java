package org.onepool.model.optimise.deployment;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures in benchmarks/README.md: the optimiser against the exact integer program on every family,
 * small to 500 people. Slow (minutes), so tagged and run on request:
 * {@code ./mvnw -pl model test -Dsurefire.excludedGroups=none -Dgroups=slow -Dtest=DeploymentOptimalityReport}.
 */
@Tag("slow")
class DeploymentOptimalityReport {
    /**
     * The optimiser as `onepool deploy` calls it (exact search first for small problems), with the
     * simulation's settings ("sim"), its local search alone ("local"), the Lagrangian starting plan alone
     * ("relaxation"), or with {@code -Doptimality.steps} local search steps per person ("steps").
     */
    private static final java.util.function.Supplier<DeploymentPolicy> POLICY =
            switch (System.getProperty("optimality.policy", "deploy")) {
                case "local" -> () -> DeploymentOptimiser.localSearchOnly(1);
                case "sim" -> () -> DeploymentOptimiser.forSimulation(1);
                case "relaxation" -> () -> problem -> DeploymentScore.plan(problem,
                        LagrangianStart.plan(DeploymentOptimiser.inIdOrder(problem)));
                case "steps" -> () -> new DeploymentOptimiser(1, Integer.getInteger("optimality.steps", 200));
                default -> () -> new DeploymentOptimiser(1);
            };
    private static final String HEADER = "| family | size | optimal / total | worst gap GBP | worst gap % | reference | ms per call |";

    @Test
    void printTheTable() {
        System.out.println(HEADER);
        String sizes = System.getProperty("optimality.sizes", "small,30x40,100,200,500");
        for (String size : sizes.split(",")) {
            switch (size) {
                case "small" -> OptimalityTable.all("3-8 x 2-8", Integer.getInteger("optimality.small", 30), OptimalityTable.small(), POLICY, 60_000);
                case "30x40" -> OptimalityTable.all("30 x 40", Integer.getInteger("optimality.mid", 10), OptimalityTable.fixed(30, 40), POLICY, 60_000);
                default -> {
                    int n = Integer.parseInt(size);
                    OptimalityTable.all(n + " x " + n, n >= 500 ? 1 : n >= 200 ? 2 : 3, OptimalityTable.fixed(n, n),
                            POLICY, Long.getLong("optimality.cpsatMillis", 300_000));
                }
            }
        }
    }
}
