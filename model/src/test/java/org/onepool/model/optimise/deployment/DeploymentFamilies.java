package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.onepool.model.scenario.Vetting;

/**
 * Generated deployment problems built to be hard in different ways, for measuring the optimiser against
 * the exact reference. Each family is a function of (seed, people, posts); the same arguments give the
 * same problem.
 */
public enum DeploymentFamilies {
    /** Mixed families, grades, vetting, walls and skills; a tight budget for two courses. */
    RANDOM {
        @Override
        DeploymentProblem make(long seed, int people, int posts) {
            SplittableRandom r = new SplittableRandom(seed);
            String[] families = {"admin", "care"};
            List<PooledPerson> pool = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String partner = PARTNERS[r.nextInt(PARTNERS.length)];
                pool.add(new PooledPerson("p" + i, PersonKind.values()[r.nextInt(3)], families[r.nextInt(2)],
                        1 + r.nextInt(3), partner, lat(r), lon(r), r.nextInt(4) == 0 ? Vetting.ENHANCED : Vetting.NONE,
                        r.nextInt(3) == 0 ? Set.of(SKILLS[r.nextInt(2)]) : Set.of(), r.nextInt(60), partner.equals("police")));
            }
            List<OpenPost> open = new ArrayList<>();
            for (int j = 0; j < posts; j++) {
                String partner = PARTNERS[r.nextInt(PARTNERS.length)];
                open.add(new OpenPost("v" + j, partner, families[r.nextInt(2)], 1 + r.nextInt(3), lat(r), lon(r),
                        r.nextInt(5) == 0 ? Vetting.ENHANCED : Vetting.NONE, r.nextInt(3) == 0 ? SKILLS[r.nextInt(2)] : null,
                        500 + r.nextInt(3_000), partner.equals("police")));
            }
            List<TrainingOption> courses = List.of(new TrainingOption("sw-course", "sw", 1_200, 3),
                    new TrainingOption("law-course", "law", 2_000, 6));
            return new DeploymentProblem(pool, open, courses, 2_500L * Math.max(1, posts / 8), DeploymentWeights.DEFAULT);
        }
    },
    /** One family, two adjacent grades, no walls: almost everyone fits almost every post; four courses. */
    DENSE {
        @Override
        DeploymentProblem make(long seed, int people, int posts) {
            SplittableRandom r = new SplittableRandom(seed);
            String[] skills = {"a", "b", "c", "d"};
            List<PooledPerson> pool = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                pool.add(new PooledPerson("p" + i, PersonKind.values()[r.nextInt(3)], "admin", 2 + r.nextInt(2),
                        PARTNERS[r.nextInt(3)], lat(r), lon(r), Vetting.NONE,
                        r.nextBoolean() ? Set.of(skills[r.nextInt(4)]) : Set.of(), r.nextInt(60), false));
            }
            List<OpenPost> open = new ArrayList<>();
            for (int j = 0; j < posts; j++) {
                open.add(new OpenPost("v" + j, PARTNERS[r.nextInt(3)], "admin", 3, lat(r), lon(r), Vetting.NONE,
                        r.nextInt(5) < 3 ? skills[r.nextInt(4)] : null, 400 + r.nextInt(2_000), false));
            }
            List<TrainingOption> courses = List.of(new TrainingOption("ca", "a", 700, 2),
                    new TrainingOption("cb", "b", 1_500, 3), new TrainingOption("cc", "c", 2_600, 4),
                    new TrainingOption("cd", "d", 3_900, 6));
            return new DeploymentProblem(pool, open, courses, 400L * posts, DeploymentWeights.DEFAULT);
        }
    },
    /**
     * The trap the search fell into: in each group of three people and two posts the person listed first
     * fits the lower-value post with one course, the better post needs a different course only someone
     * else can use, the third holds the skill the lower post needs, and one budget shared by all groups buys
     * one course per group. Greedy spends the budget on the lower post; leaving that
     * first plan needs one placement emptied and another filled in the same step.
     */
    BUDGET_CHAIN {
        @Override
        DeploymentProblem make(long seed, int people, int posts) {
            SplittableRandom r = new SplittableRandom(seed);
            List<PooledPerson> pool = new ArrayList<>();
            List<OpenPost> open = new ArrayList<>();
            List<TrainingOption> courses = new ArrayList<>();
            long courseTotal = 0;
            int groups = Math.max(1, Math.min(people / 3, posts / 2));
            for (int g = 0; g < groups; g++) {
                String low = "s" + g + "low";
                String high = "s" + g + "high";
                long lowCost = 1_500 + r.nextInt(2_000);
                long highCost = 1_500 + r.nextInt(2_000);
                courses.add(new TrainingOption("c" + g + "low", low, lowCost, 3));
                courses.add(new TrainingOption("c" + g + "high", high, highCost, 3));
                // The budget buys one of the group's two courses.
                courseTotal += Math.max(lowCost, highCost);
                String family = "f" + (g % 4);
                open.add(new OpenPost("g" + g + "-low", "occ", family, 1, lat(r), lon(r), Vetting.NONE, low,
                        1_500 + r.nextInt(1_000), false));
                open.add(new OpenPost("g" + g + "-high", "city", family, 3, lat(r), lon(r), Vetting.NONE, high,
                        2_000 + r.nextInt(2_000), false));
                pool.add(new PooledPerson("g" + g + "-first", PersonKind.REDEPLOYEE, family, 1, "cherwell", lat(r),
                        lon(r), Vetting.NONE, Set.of(), 0, false));
                pool.add(new PooledPerson("g" + g + "-second", PersonKind.STAGNATING, family, 2, "cherwell", lat(r),
                        lon(r), Vetting.NONE, Set.of(), 6 + r.nextInt(40), false));
                pool.add(new PooledPerson("g" + g + "-third", PersonKind.TALENT_BANK, family, 1, "city", lat(r),
                        lon(r), Vetting.NONE, Set.of(low), 0, false));
            }
            // Extra posts and people beyond whole groups: random fillers in the same families.
            for (int j = open.size(); j < posts; j++) {
                open.add(new OpenPost("x" + j, "occ", "f" + r.nextInt(4), 1 + r.nextInt(3), lat(r), lon(r), Vetting.NONE,
                        null, 300 + r.nextInt(900), false));
            }
            for (int i = pool.size(); i < people; i++) {
                pool.add(new PooledPerson("y" + i, PersonKind.TALENT_BANK, "f" + r.nextInt(4), 1 + r.nextInt(3), "occ",
                        lat(r), lon(r), Vetting.NONE, Set.of(), 0, false));
            }
            return new DeploymentProblem(pool, open, courses, courseTotal, DeploymentWeights.DEFAULT);
        }
    },
    /** Half the partners behind vetting walls, posts needing enhanced or police vetting, people holding some. */
    VETTING_WALLS {
        @Override
        DeploymentProblem make(long seed, int people, int posts) {
            SplittableRandom r = new SplittableRandom(seed);
            String[] partners = {"occ", "city", "tvp", "fire", "health", "probation"};
            Vetting[] levels = Vetting.values();
            List<PooledPerson> pool = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int q = r.nextInt(partners.length);
                pool.add(new PooledPerson("p" + i, PersonKind.values()[r.nextInt(3)], r.nextBoolean() ? "admin" : "ops",
                        1 + r.nextInt(3), partners[q], lat(r), lon(r), levels[r.nextInt(levels.length)],
                        r.nextInt(3) == 0 ? Set.of("sw") : Set.of(), r.nextInt(60), q % 2 == 0));
            }
            List<OpenPost> open = new ArrayList<>();
            for (int j = 0; j < posts; j++) {
                int q = r.nextInt(partners.length);
                open.add(new OpenPost("v" + j, partners[q], r.nextBoolean() ? "admin" : "ops", 1 + r.nextInt(3), lat(r),
                        lon(r), levels[r.nextInt(levels.length)], r.nextInt(4) == 0 ? "sw" : null, 500 + r.nextInt(3_000),
                        q % 2 == 0));
            }
            return new DeploymentProblem(pool, open, List.of(new TrainingOption("sw-course", "sw", 1_800, 3)),
                    1_800L * Math.max(1, posts / 10), DeploymentWeights.DEFAULT);
        }
    },
    /**
     * Stagnating staff, several per post, compete for posts a grade up: progression is worth as much as
     * vacancy cover, and those listed first have stagnated least.
     */
    COMPETING_STAGNATING {
        @Override
        DeploymentProblem make(long seed, int people, int posts) {
            SplittableRandom r = new SplittableRandom(seed);
            List<PooledPerson> pool = new ArrayList<>();
            int[] months = new int[people];
            for (int i = 0; i < people; i++) months[i] = 6 + r.nextInt(150);
            java.util.Arrays.sort(months);
            for (int i = 0; i < people; i++) {
                pool.add(new PooledPerson("p" + i, PersonKind.STAGNATING, "admin", 2 + r.nextInt(2),
                        PARTNERS[r.nextInt(3)], lat(r), lon(r), Vetting.NONE,
                        r.nextInt(3) == 0 ? Set.of("law") : Set.of(), months[i], false));
            }
            List<OpenPost> open = new ArrayList<>();
            for (int j = 0; j < posts; j++) {
                open.add(new OpenPost("v" + j, PARTNERS[r.nextInt(3)], "admin", 3 + r.nextInt(2), lat(r), lon(r),
                        Vetting.NONE, r.nextInt(3) == 0 ? "law" : null, 500 + r.nextInt(2_500), false));
            }
            return new DeploymentProblem(pool, open, List.of(new TrainingOption("law-course", "law", 2_200, 4)),
                    2_200L * Math.max(1, posts / 6), DeploymentWeights.DEFAULT);
        }
    },
    /**
     * Cheap posts far from the people and needing dear courses: many are best left vacant, and a plan that
     * fills every post it can loses money.
     */
    BEST_LEFT_VACANT {
        @Override
        DeploymentProblem make(long seed, int people, int posts) {
            SplittableRandom r = new SplittableRandom(seed);
            List<PooledPerson> pool = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                pool.add(new PooledPerson("p" + i, PersonKind.values()[r.nextInt(3)], "admin", 1 + r.nextInt(2),
                        PARTNERS[r.nextInt(3)], 50.5 + r.nextDouble() * 3, -3 + r.nextDouble() * 3, Vetting.NONE,
                        r.nextInt(4) == 0 ? Set.of(SKILLS[r.nextInt(2)]) : Set.of(), r.nextInt(12), false));
            }
            List<OpenPost> open = new ArrayList<>();
            for (int j = 0; j < posts; j++) {
                open.add(new OpenPost("v" + j, PARTNERS[r.nextInt(3)], "admin", 1 + r.nextInt(3), 50.5 + r.nextDouble() * 3,
                        -3 + r.nextDouble() * 3, Vetting.NONE, r.nextBoolean() ? SKILLS[r.nextInt(2)] : null,
                        80 + r.nextInt(900), false));
            }
            List<TrainingOption> courses = List.of(new TrainingOption("sw-course", "sw", 1_200, 3),
                    new TrainingOption("law-course", "law", 2_000, 6));
            return new DeploymentProblem(pool, open, courses, 1_500L * Math.max(1, posts / 5), DeploymentWeights.DEFAULT);
        }
    };

    static final String[] PARTNERS = {"occ", "city", "cherwell", "police"};
    static final String[] SKILLS = {"sw", "law"};

    abstract DeploymentProblem make(long seed, int people, int posts);

    /** The problem of this family at a size; public so the benchmarks can build the same instances. */
    public DeploymentProblem instance(long seed, int people, int posts) {
        return make(seed * 7919 + ordinal(), people, posts);
    }

    private static double lat(SplittableRandom r) {
        return 51.6 + r.nextDouble() * 0.5;
    }

    private static double lon(SplittableRandom r) {
        return -1.5 + r.nextDouble() * 0.5;
    }
}
