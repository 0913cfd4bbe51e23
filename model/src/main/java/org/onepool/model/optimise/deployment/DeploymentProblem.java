package org.onepool.model.optimise.deployment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One month's deployment problem: the pool, the open posts, the courses on offer and the training budget. */
public record DeploymentProblem(@JsonProperty(required = true) List<PooledPerson> people,
                                @JsonProperty(required = true) List<OpenPost> posts, List<TrainingOption> training,
                                long trainingBudgetGbp, DeploymentWeights weights) {
    public DeploymentProblem {
        people = List.copyOf(people);
        posts = List.copyOf(posts);
        training = training == null ? List.of() : List.copyOf(training);
        weights = weights == null ? DeploymentWeights.DEFAULT : weights;
    }

    /** The cheapest course granting a skill, or null. */
    public TrainingOption cheapestCourse(String skill) {
        TrainingOption best = null;
        for (TrainingOption t : training) {
            if (t.skill().equals(skill) && (best == null || t.costGbp() < best.costGbp())) best = t;
        }
        return best;
    }
}
