package org.onepool.model.optimise.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A starting plan for the local search from the budget's Lagrangian relaxation. Without the training
 * budget, deployment is an assignment problem, solved exactly by the Hungarian algorithm; the budget is
 * priced instead, each pound of course costing (1 + price), and the price raised by bisection until the
 * courses the best assignment buys fit the budget. The best plan within the budget over the prices tried
 * is kept, then any money left buys further placements, best value first. When no price is needed (the
 * assignment at price 0 fits the budget) the plan is optimal; otherwise it is the usual starting point of
 * a knapsack-like problem, close to optimal when each course is small beside the budget.
 */
final class LagrangianStart {
    private static final int BISECTIONS = 20;

    private final DeploymentProblem problem;
    private final int people;
    private final int posts;
    /** value[i][j] of placing person i in post j (0 when not allowed or not worth it), course[i][j] its course. */
    private final long[][] value;
    private final long[][] course;

    private LagrangianStart(DeploymentProblem problem) {
        this.problem = problem;
        this.people = problem.people().size();
        this.posts = problem.posts().size();
        value = new long[people][posts];
        course = new long[people][posts];
        for (int i = 0; i < people; i++) {
            PooledPerson person = problem.people().get(i);
            for (int j = 0; j < posts; j++) {
                OpenPost post = problem.posts().get(j);
                if (!Eligibility.eligible(problem, person, post)) continue;
                long cost = Eligibility.trainingCost(problem, person, post);
                long v = DeploymentScore.placementValue(problem, person, post);
                // A placement worth nothing never helps: every rule is an upper limit.
                if (v <= 0 || cost < 0 || cost > problem.trainingBudgetGbp()) continue;
                value[i][j] = v;
                course[i][j] = cost;
            }
        }
    }

    /** Person id to post, for the people the plan places. */
    static Map<String, OpenPost> plan(DeploymentProblem problem) {
        return new LagrangianStart(problem).solve();
    }

    /**
     * The starting plan, and whether it is proven optimal: its value reaches the relaxation's bound (for
     * any price, the best priced assignment plus the price times the budget bounds every plan within it).
     */
    record Start(Map<String, OpenPost> placed, boolean optimal) {
    }

    static Start start(DeploymentProblem problem) {
        LagrangianStart s = new LagrangianStart(problem);
        Map<String, OpenPost> placed = s.solve();
        return new Start(placed, s.planValue >= s.bound - 1e-6);
    }

    private double bound = Double.POSITIVE_INFINITY;
    private long planValue;

    /**
     * The bisection's last bracket {price that overspends, price that fits} ({0, 0} when no price is
     * needed): the relaxation's bound, the assignment's value at a price plus the price times the budget,
     * is least near them (for tests that bound the optimum).
     */
    static double[] prices(DeploymentProblem problem) {
        LagrangianStart start = new LagrangianStart(problem);
        start.solve();
        return new double[] {start.low, start.high};
    }

    private double low;
    private double high;

    private Map<String, OpenPost> solve() {
        long budget = problem.trainingBudgetGbp();
        int[] at = assignment(0);
        if (spend(at) <= budget) {
            bound = planValue = total(at);
            return placed(at);
        }
        int[] best = new int[people];
        Arrays.fill(best, -1);
        low = 0;
        high = 0;
        for (int i = 0; i < people; i++) {
            for (int j = 0; j < posts; j++) if (course[i][j] > 0) high = Math.max(high, (double) value[i][j] / course[i][j]);
        }
        // At the highest price no course is worth buying, so that assignment fits the budget.
        for (int k = 0; k <= BISECTIONS; k++) {
            double price = k == 0 ? high : (low + high) / 2;
            int[] trial = assignment(price);
            bound = Math.min(bound, total(trial) - price * spend(trial) + price * budget);
            if (spend(trial) <= budget) {
                if (total(trial) > total(best)) best = trial;
                high = price;
            } else {
                low = price;
            }
        }
        fill(best);
        planValue = total(best);
        return placed(best);
    }

    /** Spends what the budget has left on further placements of free people in free posts, best value first. */
    private void fill(int[] at) {
        long left = problem.trainingBudgetGbp() - spend(at);
        boolean[] taken = new boolean[posts];
        for (int j : at) if (j >= 0) taken[j] = true;
        List<long[]> options = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            if (at[i] >= 0) continue;
            for (int j = 0; j < posts; j++) if (!taken[j] && value[i][j] > 0) options.add(new long[] {value[i][j], i, j});
        }
        options.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
        for (long[] o : options) {
            int i = (int) o[1];
            int j = (int) o[2];
            if (at[i] >= 0 || taken[j] || course[i][j] > left) continue;
            at[i] = j;
            taken[j] = true;
            left -= course[i][j];
        }
    }

    /** The best assignment at a price per pound of course: post index per person, -1 for none. */
    private int[] assignment(double price) {
        boolean peopleAsRows = people <= posts;
        int rows = peopleAsRows ? people : posts;
        int cols = peopleAsRows ? posts : people;
        double[][] cost = new double[rows][cols];
        for (int i = 0; i < people; i++) {
            for (int j = 0; j < posts; j++) {
                double w = value[i][j] > 0 ? value[i][j] - price * course[i][j] : 0;
                double c = w > 0 ? -w : 0;
                if (peopleAsRows) cost[i][j] = c;
                else cost[j][i] = c;
            }
        }
        int[] rowTo = hungarian(cost, rows, cols);
        int[] at = new int[people];
        Arrays.fill(at, -1);
        for (int r = 0; r < rows; r++) {
            int c = rowTo[r];
            int i = peopleAsRows ? r : c;
            int j = peopleAsRows ? c : r;
            if (c >= 0 && value[i][j] > 0 && value[i][j] - price * course[i][j] > 0) at[i] = j;
        }
        return at;
    }

    /**
     * Minimum-cost assignment of every row to a distinct column (rows &lt;= cols) by shortest augmenting
     * paths with potentials (the Hungarian algorithm, O(rows^2 cols)). Returns the column of each row.
     */
    private static int[] hungarian(double[][] cost, int rows, int cols) {
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] rowOfCol = new int[cols + 1];
        int[] way = new int[cols + 1];
        double[] minv = new double[cols + 1];
        boolean[] used = new boolean[cols + 1];
        for (int r = 1; r <= rows; r++) {
            rowOfCol[0] = r;
            int col0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[col0] = true;
                int r0 = rowOfCol[col0];
                double delta = Double.POSITIVE_INFINITY;
                int col1 = 0;
                double[] row = cost[r0 - 1];
                double ur = u[r0];
                for (int c = 1; c <= cols; c++) {
                    if (used[c]) continue;
                    double cur = row[c - 1] - ur - v[c];
                    if (cur < minv[c]) {
                        minv[c] = cur;
                        way[c] = col0;
                    }
                    if (minv[c] < delta) {
                        delta = minv[c];
                        col1 = c;
                    }
                }
                for (int c = 0; c <= cols; c++) {
                    if (used[c]) {
                        u[rowOfCol[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minv[c] -= delta;
                    }
                }
                col0 = col1;
            } while (rowOfCol[col0] != 0);
            do {
                int col1 = way[col0];
                rowOfCol[col0] = rowOfCol[col1];
                col0 = col1;
            } while (col0 != 0);
        }
        int[] rowTo = new int[rows];
        Arrays.fill(rowTo, -1);
        for (int c = 1; c <= cols; c++) if (rowOfCol[c] != 0) rowTo[rowOfCol[c] - 1] = c - 1;
        return rowTo;
    }

    private long spend(int[] at) {
        long s = 0;
        for (int i = 0; i < people; i++) if (at[i] >= 0) s += course[i][at[i]];
        return s;
    }

    private long total(int[] at) {
        long s = 0;
        for (int i = 0; i < people; i++) if (at[i] >= 0) s += value[i][at[i]];
        return s;
    }

    private Map<String, OpenPost> placed(int[] at) {
        Map<String, OpenPost> out = new HashMap<>();
        for (int i = 0; i < people; i++) if (at[i] >= 0) out.put(problem.people().get(i).id(), problem.posts().get(at[i]));
        return out;
    }
}
