package org.onepool.model.optimise.deployment;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import java.util.List;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: one pooled person and the post (if any) the plan gives them. The search only
 * offers the posts the person is eligible for, within the budget on their own; the hard rules still
 * score any other post, so a plan given from outside is judged in full.
 */
@PlanningEntity
public class Assignment {
    @PlanningId
    private String id;
    private PooledPerson person;
    private DeploymentProblem problem;
    private List<OpenPost> eligiblePosts;
    @PlanningVariable(nullable = true, valueRangeProviderRefs = "eligiblePosts")
    private OpenPost post;

    public Assignment() {
    }

    public Assignment(PooledPerson person, DeploymentProblem problem, OpenPost post) {
        this.id = person.id();
        this.person = person;
        this.problem = problem;
        this.post = post;
        this.eligiblePosts = problem.posts().stream()
                .filter(p -> Eligibility.eligible(problem, person, p)
                        && Eligibility.trainingCost(problem, person, p) <= problem.trainingBudgetGbp())
                .toList();
    }

    @ValueRangeProvider(id = "eligiblePosts")
    public List<OpenPost> getEligiblePosts() {
        return eligiblePosts;
    }

    boolean isEligibleFor(OpenPost candidate) {
        return eligiblePosts.contains(candidate);
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
        return trainingCostGbpFor(post);
    }

    long trainingCostGbpFor(OpenPost candidate) {
        if (candidate == null) return 0;
        return Math.max(0, Eligibility.trainingCost(problem, person, candidate));
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
