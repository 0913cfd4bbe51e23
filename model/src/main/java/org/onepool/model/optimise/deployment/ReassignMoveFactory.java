package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves that fit the problem, in one step each: a person takes a post they are eligible for (or
 * leaves theirs); a displaced holder takes the mover's old post if eligible, else leaves (a swap or a
 * chain); if the courses now cost more than the budget, people holding courses, drawn at random, leave
 * their posts until the spend fits. So a plan held by the budget (one course bought for the worse
 * placement) can be left in one step: empty one post, fill another.
 */
public final class ReassignMoveFactory implements MoveIteratorFactory<DeploymentSolution, ReassignMove> {
    @Override
    public long getSize(ScoreDirector<DeploymentSolution> scoreDirector) {
        long size = 0;
        for (Assignment a : scoreDirector.getWorkingSolution().getAssignments()) size += a.getEligiblePosts().size() + 1;
        return size;
    }

    /** Every move in order: each person in turn to each post they are eligible for, then out; courses dropped from the first. */
    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<DeploymentSolution> scoreDirector) {
        Moves moves = new Moves(scoreDirector.getWorkingSolution(), null);
        List<ReassignMove> all = new ArrayList<>();
        for (Assignment mover : moves.assignments) {
            List<OpenPost> eligible = mover.getEligiblePosts();
            for (int pick = 0; pick <= eligible.size(); pick++) {
                all.add(moves.move(mover, pick == eligible.size() ? null : eligible.get(pick), 0));
            }
        }
        return all.iterator();
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<DeploymentSolution> scoreDirector,
                                                           Random random) {
        return new Moves(scoreDirector.getWorkingSolution(), random);
    }

    /** Built once per step, when the working plan is settled: who holds each post, and the spend. */
    private static final class Moves implements Iterator<ReassignMove> {
        private final List<Assignment> assignments;
        private final Map<OpenPost, Assignment> holderOf = new HashMap<>();
        private final List<Assignment> trained = new ArrayList<>();
        private final long budget;
        private final long spend;
        private final Random random;

        Moves(DeploymentSolution solution, Random random) {
            this.assignments = solution.getAssignments();
            this.random = random;
            this.budget = solution.getSettings().trainingBudgetGbp();
            long s = 0;
            for (Assignment a : assignments) {
                if (a.getPost() == null) continue;
                holderOf.put(a.getPost(), a);
                long cost = a.trainingCostGbp();
                if (cost > 0) {
                    trained.add(a);
                    s += cost;
                }
            }
            this.spend = s;
        }

        @Override
        public boolean hasNext() {
            return !assignments.isEmpty();
        }

        @Override
        public ReassignMove next() {
            Assignment mover = assignments.get(random.nextInt(assignments.size()));
            List<OpenPost> eligible = mover.getEligiblePosts();
            int pick = random.nextInt(eligible.size() + 1);
            return move(mover, pick == eligible.size() ? null : eligible.get(pick), -1);
        }

        /**
         * The mover takes {@code target} (null: leaves); a displaced holder moves back or out; courses are dropped,
         * from position {@code firstDropped} of the trained on ({@code -1}: a random position), until the spend fits.
         */
        ReassignMove move(Assignment mover, OpenPost target, int firstDropped) {
            OpenPost old = mover.getPost();
            List<Assignment> who = new ArrayList<>(3);
            List<OpenPost> where = new ArrayList<>(3);
            who.add(mover);
            where.add(target);
            long newSpend = spend - mover.trainingCostGbp() + mover.trainingCostGbpFor(target);
            Assignment holder = target == null ? null : holderOf.get(target);
            if (holder != null && holder != mover) {
                OpenPost back = old != null && holder.isEligibleFor(old) ? old : null;
                who.add(holder);
                where.add(back);
                newSpend += holder.trainingCostGbpFor(back) - holder.trainingCostGbp();
            }
            if (newSpend > budget && !trained.isEmpty()) {
                int start = firstDropped >= 0 ? firstDropped : random.nextInt(trained.size());
                for (int k = 0; k < trained.size() && newSpend > budget; k++) {
                    Assignment t = trained.get((start + k) % trained.size());
                    if (who.contains(t)) continue;
                    who.add(t);
                    where.add(null);
                    newSpend -= t.trainingCostGbp();
                }
            }
            return new ReassignMove(who.toArray(new Assignment[0]), where.toArray(new OpenPost[0]));
        }
    }
}
