package org.onepool.model.optimise.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Vetting;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

class DeploymentOptimiserTest {
    private static final String[] PARTNERS = {"occ", "city", "cherwell", "police"};

    /** A random small instance: up to 8 people and 8 posts, two courses, a tight training budget. */
    static DeploymentProblem instance(long seed, int people, int posts) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] families = {"admin", "care"};
        String[] skills = {"sw", "law"};
        List<PooledPerson> pool = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String partner = PARTNERS[r.nextInt(PARTNERS.length)];
            pool.add(new PooledPerson("p" + i, PersonKind.values()[r.nextInt(3)], families[r.nextInt(2)],
                    1 + r.nextInt(3), partner, 51.6 + r.nextDouble() * 0.5, -1.5 + r.nextDouble() * 0.5,
                    r.nextInt(4) == 0 ? Vetting.ENHANCED : Vetting.NONE,
                    r.nextInt(3) == 0 ? Set.of(skills[r.nextInt(2)]) : Set.of(), r.nextInt(60), partner.equals("police")));
        }
        List<OpenPost> open = new ArrayList<>();
        for (int j = 0; j < posts; j++) {
            String partner = PARTNERS[r.nextInt(PARTNERS.length)];
            open.add(new OpenPost("v" + j, partner, families[r.nextInt(2)], 1 + r.nextInt(3),
                    51.6 + r.nextDouble() * 0.5, -1.5 + r.nextDouble() * 0.5,
                    r.nextInt(5) == 0 ? Vetting.ENHANCED : Vetting.NONE, r.nextInt(3) == 0 ? skills[r.nextInt(2)] : null,
                    500 + r.nextInt(3_000), partner.equals("police")));
        }
        List<TrainingOption> courses = List.of(new TrainingOption("sw-course", "sw", 1_200, 3),
                new TrainingOption("law-course", "law", 2_000, 6));
        return new DeploymentProblem(pool, open, courses, 2_500, DeploymentWeights.DEFAULT);
    }

    @Test
    void theDirectScoreEqualsTheConstraintStreamsScore() {
        SolutionManager<DeploymentSolution, ?> manager = SolutionManager.create(SolverFactory.create(new SolverConfig()
                .withSolutionClass(DeploymentSolution.class).withEntityClasses(Assignment.class)
                .withConstraintProviderClass(DeploymentConstraints.class)));
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 40; k++) {
            DeploymentProblem problem = instance(k, 6, 6);
            DeploymentSolution solution = DeploymentSolution.of(problem);
            Map<String, OpenPost> placed = new HashMap<>();
            for (Assignment a : solution.getAssignments()) {
                if (r.nextBoolean()) {
                    OpenPost post = problem.posts().get(r.nextInt(problem.posts().size()));
                    a.setPost(post);
                    placed.put(a.getId(), post);
                }
            }
            var score = (org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore) manager.update(solution);
            long[] direct = DeploymentScore.of(problem, placed);
            assertThat(direct).as("instance %d", k).containsExactly(score.hardScore(), score.softScore());
        }
    }

    @Test
    void theOptimiserReachesTheExhaustiveOptimumOnSmallInstances() {
        for (long seed = 0; seed < 10; seed++) {
            DeploymentProblem problem = instance(100 + seed, 8, 8);
            DeploymentPlan exact = new ExhaustiveDeployment().plan(problem);
            for (long solverSeed : new long[] {1, 2, 3}) {
                DeploymentPlan plan = new DeploymentOptimiser(solverSeed, 5_000, 200_000).plan(problem);
                assertThat(plan.hardScore()).as("instance %d seed %d", seed, solverSeed).isZero();
                assertThat(plan.softScore()).as("instance %d seed %d", seed, solverSeed).isEqualTo(exact.softScore());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        DeploymentProblem problem = instance(7, 20, 25);
        DeploymentPlan first = DeploymentOptimiser.forSimulation(5).plan(problem);
        DeploymentPlan second = DeploymentOptimiser.forSimulation(5).plan(problem);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void greedyNeverBeatsTheOptimiser() {
        for (long seed = 0; seed < 10; seed++) {
            DeploymentProblem problem = instance(200 + seed, 12, 12);
            DeploymentPlan greedy = new GreedyDeployment().plan(problem);
            DeploymentPlan optimised = DeploymentOptimiser.forSimulation(1).plan(problem);
            assertThat(greedy.hardScore()).isZero();
            assertThat(optimised.hardScore()).isZero();
            assertThat(optimised.softScore()).as("instance %d", seed).isGreaterThanOrEqualTo(greedy.softScore());
        }
    }
}
