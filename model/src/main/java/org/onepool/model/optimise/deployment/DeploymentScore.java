package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constraints' score computed directly for a person-to-post map, and the plan built from such a map.
 * The exhaustive search and the greedy policy use it; a test holds it equal to the constraint streams.
 */
public final class DeploymentScore {
    private DeploymentScore() {
    }

    /** [hard, soft] of a plan given as person id -> post (people absent from the map stay put). */
    public static long[] of(DeploymentProblem problem, Map<String, OpenPost> placed) {
        long hard = 0;
        long soft = 0;
        long spend = 0;
        Set<String> filled = new HashSet<>();
        Map<String, Integer> holders = new java.util.HashMap<>();
        DeploymentWeights w = problem.weights();
        for (PooledPerson person : problem.people()) {
            OpenPost post = placed.get(person.id());
            if (post == null) continue;
            if (!Eligibility.sameJobFamily(person, post)) hard++;
            if (Eligibility.crossesWall(person, post)) hard++;
            if (!Eligibility.vettingHeld(person, post)) hard++;
            if (!Eligibility.gradeFits(person, post)) hard++;
            long training = Eligibility.trainingCost(problem, person, post);
            if (training < 0) hard++;
            // Each pair of people sharing a post breaks the rule once.
            int before = holders.merge(post.id(), 1, Integer::sum) - 1;
            hard += before;
            filled.add(post.id());
            if (training > 0) {
                spend += training;
                soft -= training;
            }
            soft -= Math.round(Eligibility.distanceKm(person, post) * w.travelGbpPerKm());
            if (person.kind() == PersonKind.STAGNATING && post.grade() == person.grade() + 1) {
                soft += person.monthsStagnating() * w.progressionGbpPerMonth();
            }
            soft -= w.moveGbp();
        }
        if (spend > problem.trainingBudgetGbp()) hard += spend - problem.trainingBudgetGbp();
        for (OpenPost post : problem.posts()) {
            if (!filled.contains(post.id())) soft -= post.agencyCostGbpPerMonth() * w.monthsUntilExternalFill();
        }
        return new long[] {-hard, soft};
    }

    /**
     * What placing the person in the post adds to the soft score of a plan that leaves the post vacant:
     * the agency cover saved, less the course, travel and disruption, plus any progression reward.
     */
    static long placementValue(DeploymentProblem problem, PooledPerson person, OpenPost post) {
        DeploymentWeights w = problem.weights();
        long value = post.agencyCostGbpPerMonth() * w.monthsUntilExternalFill()
                - Math.max(0, Eligibility.trainingCost(problem, person, post))
                - Math.round(Eligibility.distanceKm(person, post) * w.travelGbpPerKm()) - w.moveGbp();
        if (person.kind() == PersonKind.STAGNATING && post.grade() == person.grade() + 1) {
            value += person.monthsStagnating() * w.progressionGbpPerMonth();
        }
        return value;
    }

    static DeploymentPlan plan(DeploymentProblem problem, Map<String, OpenPost> placed) {
        List<DeploymentPlan.Placement> placements = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        Set<String> filled = new HashSet<>();
        long spend = 0;
        for (PooledPerson person : problem.people()) {
            OpenPost post = placed.get(person.id());
            if (post == null) {
                unplaced.add(person.id());
                continue;
            }
            TrainingOption course = Eligibility.needsTraining(person, post) ? problem.cheapestCourse(post.requiredSkill()) : null;
            if (course != null) spend += course.costGbp();
            placements.add(new DeploymentPlan.Placement(person.id(), post.id(), course == null ? null : course.id()));
            filled.add(post.id());
        }
        List<String> vacant = problem.posts().stream().map(OpenPost::id).filter(id -> !filled.contains(id)).toList();
        long[] score = of(problem, placed);
        return new DeploymentPlan(placements, spend, score[0], score[1], unplaced, vacant);
    }
}
