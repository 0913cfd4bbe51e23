package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exact deployment of a small problem by depth-first branch and bound: each person in turn takes one of
 * their eligible posts (best value first) or none; a branch is cut when even giving every remaining
 * person their best free post could not beat the best plan found. Gives up, deterministically, after a
 * number of search nodes, so a call's cost is bounded; when it finishes, the plan is optimal.
 */
public final class BranchAndBoundDeployment {
    private final long nodeLimit;

    public BranchAndBoundDeployment(long nodeLimit) {
        this.nodeLimit = nodeLimit;
    }

    /** The optimal plan, or empty when the search needed more than the node limit. */
    public Optional<DeploymentPlan> plan(DeploymentProblem problem) {
        Search search = new Search(problem, nodeLimit);
        if (!search.run()) return Optional.empty();
        Map<String, OpenPost> placed = new HashMap<>();
        for (int i = 0; i < search.people; i++) {
            if (search.best[i] >= 0) placed.put(problem.people().get(i).id(), problem.posts().get(search.best[i]));
        }
        return Optional.of(DeploymentScore.plan(problem, placed));
    }

    /** The search over index arrays: options[i] lists person i's worthwhile posts, best value first. */
    private static final class Search {
        final int people;
        final int[][] options;
        final long[][] value;
        final long[][] course;
        final boolean[] filled;
        final int[] current;
        final int[] best;
        final long budget;
        final long limit;
        long bestValue;
        long nodes;

        Search(DeploymentProblem problem, long limit) {
            this.people = problem.people().size();
            this.limit = limit;
            this.budget = problem.trainingBudgetGbp();
            this.options = new int[people][];
            this.value = new long[people][];
            this.course = new long[people][];
            this.filled = new boolean[problem.posts().size()];
            this.current = new int[people];
            this.best = new int[people];
            java.util.Arrays.fill(best, -1);
            for (int i = 0; i < people; i++) {
                PooledPerson person = problem.people().get(i);
                List<long[]> worth = new ArrayList<>();
                for (int j = 0; j < problem.posts().size(); j++) {
                    OpenPost post = problem.posts().get(j);
                    if (!Eligibility.eligible(problem, person, post)) continue;
                    long cost = Eligibility.trainingCost(problem, person, post);
                    long v = DeploymentScore.placementValue(problem, person, post);
                    // A placement worth nothing never helps: every rule is an upper limit.
                    if (v > 0 && cost <= budget) worth.add(new long[] {j, v, cost});
                }
                worth.sort((a, b) -> a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(a[0], b[0]));
                options[i] = worth.stream().mapToInt(w -> (int) w[0]).toArray();
                value[i] = worth.stream().mapToLong(w -> w[1]).toArray();
                course[i] = worth.stream().mapToLong(w -> w[2]).toArray();
            }
        }

        boolean run() {
            bestValue = 0;
            return dive(0, 0, budget);
        }

        /** False when the node limit was reached. */
        private boolean dive(int i, long sum, long budgetLeft) {
            if (++nodes > limit) return false;
            if (i == people) {
                if (sum > bestValue) {
                    bestValue = sum;
                    System.arraycopy(current, 0, best, 0, people);
                }
                return true;
            }
            if (sum + bound(i, budgetLeft) <= bestValue) return true;
            for (int k = 0; k < options[i].length; k++) {
                int j = options[i][k];
                if (filled[j] || course[i][k] > budgetLeft) continue;
                filled[j] = true;
                current[i] = j;
                boolean finished = dive(i + 1, sum + value[i][k], budgetLeft - course[i][k]);
                filled[j] = false;
                if (!finished) return false;
            }
            current[i] = -1;
            return dive(i + 1, sum, budgetLeft);
        }

        /** What the remaining people could add at most: each their best free post that the budget left allows. */
        private long bound(int from, long budgetLeft) {
            long total = 0;
            for (int i = from; i < people; i++) {
                for (int k = 0; k < options[i].length; k++) {
                    if (!filled[options[i][k]] && course[i][k] <= budgetLeft) {
                        total += value[i][k];
                        break;
                    }
                }
            }
            return total;
        }
    }
}
