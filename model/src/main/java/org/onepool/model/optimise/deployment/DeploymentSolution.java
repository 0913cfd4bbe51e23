package org.onepool.model.optimise.deployment;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The planning solution: assignments over the open posts, priced in GBP. */
@PlanningSolution
public class DeploymentSolution {
    @ProblemFactCollectionProperty
    private List<OpenPost> posts;
    @ProblemFactProperty
    private DeploymentSettings settings;
    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;
    @PlanningScore
    private HardSoftLongScore score;

    public DeploymentSolution() {
    }

    public DeploymentSolution(List<OpenPost> posts, DeploymentSettings settings, List<Assignment> assignments) {
        this.posts = posts;
        this.settings = settings;
        this.assignments = assignments;
    }

    /** The problem to solve: one assignment per person who is eligible for at least one post. */
    public static DeploymentSolution of(DeploymentProblem problem) {
        List<Assignment> assignments = problem.people().stream().map(p -> new Assignment(p, problem, null))
                .filter(a -> !a.getEligiblePosts().isEmpty()).toList();
        return new DeploymentSolution(problem.posts(), new DeploymentSettings(problem.trainingBudgetGbp(),
                problem.weights()), new java.util.ArrayList<>(assignments));
    }

    public List<OpenPost> getPosts() {
        return posts;
    }

    public DeploymentSettings getSettings() {
        return settings;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
