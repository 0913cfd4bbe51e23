package org.onepool.model.optimise.deployment;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** The planning entity: one pooled person and the post (if any) the plan gives them. */
@PlanningEntity
public class Assignment {
    @PlanningId
    private String id;
    private PooledPerson person;
    private DeploymentProblem problem;
    @PlanningVariable(nullable = true)
    private OpenPost post;

    public Assignment() {
    }

    public Assignment(PooledPerson person, DeploymentProblem problem, OpenPost post) {
        this.id = person.id();
        this.person = person;
        this.problem = problem;
        this.post = post;
    }

    public String getId() {
        return id;
    }

    DeploymentProblem problem() {
        return problem;
    }

    public PooledPerson getPerson() {
        return person;
    }

    public OpenPost getPost() {
        return post;
    }

    public void setPost(OpenPost post) {
        this.post = post;
    }

    /** Cost of the course the person needs for their post (0 when none is needed or there is no post). */
    public long trainingCostGbp() {
        if (post == null) return 0;
        return Math.max(0, Eligibility.trainingCost(problem, person, post));
    }

    public long travelCostGbp() {
        return post == null ? 0 : Math.round(Eligibility.distanceKm(person, post) * problem.weights().travelGbpPerKm());
    }

    public boolean isProgression() {
        return post != null && person.kind() == PersonKind.STAGNATING && post.grade() == person.grade() + 1;
    }

    @Override
    public String toString() {
        return person.id() + "->" + (post == null ? "none" : post.id());
    }
}
