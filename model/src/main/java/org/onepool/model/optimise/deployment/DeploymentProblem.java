package org.onepool.model.optimise.deployment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * One month's deployment problem: the pool, the open posts, the courses on offer and the training budget.
 * Courses and weights are optional: left out or given as null, there are none and the weights are the defaults.
 */
public record DeploymentProblem(@JsonProperty(required = true) List<PooledPerson> people,
                                @JsonProperty(required = true) List<OpenPost> posts,
                                @JsonSetter(nulls = Nulls.SKIP) List<TrainingOption> training,
                                long trainingBudgetGbp,
                                @JsonSetter(nulls = Nulls.SKIP) DeploymentWeights weights) {
    public DeploymentProblem {
        people = List.copyOf(people);
        posts = List.copyOf(posts);
        training = training == null ? List.of() : List.copyOf(training);
        weights = weights == null ? DeploymentWeights.DEFAULT : weights;
    }

    /** The cheapest course granting a skill (of equal prices, the first by id, whatever the list's order), or null. */
    public TrainingOption cheapestCourse(String skill) {
        TrainingOption best = null;
        for (TrainingOption t : training) {
            if (!t.skill().equals(skill)) continue;
            if (best == null || t.costGbp() < best.costGbp()
                    || t.costGbp() == best.costGbp() && t.id().compareTo(best.id()) < 0) best = t;
        }
        return best;
    }
}
