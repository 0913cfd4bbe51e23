package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Several people change post in one step: the person moved, whoever held that post (to the mover's old
 * post or out), and people whose courses must go to keep the spend within budget. A course follows its
 * placement (it is the cheapest one for the skill the post needs), so changing a placement changes its
 * course in the same step.
 */
final class ReassignMove extends AbstractMove<DeploymentSolution> {
    private final Assignment[] people;
    private final OpenPost[] to;

    ReassignMove(Assignment[] people, OpenPost[] to) {
        this.people = people;
        this.to = to;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DeploymentSolution> scoreDirector) {
        for (int k = 0; k < people.length; k++) if (people[k].getPost() != to[k]) return true;
        return false;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<DeploymentSolution> scoreDirector) {
        OpenPost[] from = new OpenPost[people.length];
        Assignment[] reversed = new Assignment[people.length];
        // Undo in reverse order, so a person listed twice ends where they began.
        for (int k = 0; k < people.length; k++) {
            reversed[people.length - 1 - k] = people[k];
            from[people.length - 1 - k] = people[k].getPost();
        }
        return new ReassignMove(reversed, from);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DeploymentSolution> scoreDirector) {
        for (int k = 0; k < people.length; k++) {
            scoreDirector.beforeVariableChanged(people[k], "post");
            people[k].setPost(to[k]);
            scoreDirector.afterVariableChanged(people[k], "post");
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<DeploymentSolution> destination) {
        Assignment[] rebased = new Assignment[people.length];
        OpenPost[] posts = new OpenPost[to.length];
        for (int k = 0; k < people.length; k++) {
            rebased[k] = destination.lookUpWorkingObject(people[k]);
            posts[k] = to[k] == null ? null : destination.lookUpWorkingObject(to[k]);
        }
        return new ReassignMove(rebased, posts);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return Arrays.asList(people);
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<OpenPost> values = new ArrayList<>();
        for (OpenPost p : to) if (p != null) values.add(p);
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReassignMove m && Arrays.equals(people, m.people) && Arrays.equals(to, m.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(people), Arrays.hashCode(to));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < people.length; k++) {
            s.append(k == 0 ? "" : ", ").append(people[k].getId()).append("->").append(to[k] == null ? "none" : to[k].id());
        }
        return s.toString();
    }
}
