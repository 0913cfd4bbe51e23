package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.apache.commons.math3.util.MathArrays;

/**
 * Shapley values of an n-player game given by its coalition values (a coalition is a bit mask; v(0) = 0).
 * Exact by enumeration of every coalition, or estimated from random permutations in antithetic pairs (a
 * permutation and its reverse: a player early in one is late in the other, so the two marginal contributions
 * are negatively correlated and their average varies less; Illés and Kerényi 2019, Mitchell et al. 2022).
 * Every permutation's marginal contributions add up to v(grand), so the estimate is efficient exactly.
 */
final class Shapley {
    private Shapley() {
    }

    /** Coalition values, evaluated a batch at a time (a simulation runs a batch as arms of one experiment). */
    interface Game {
        /** Makes sure every coalition in {@code masks} can be read by {@link #value}. */
        void evaluate(Set<Integer> masks);

        double value(int mask);
    }

    /** The estimate: per player, the value and its sampling standard error (0 when exact). */
    record Estimate(double[] values, double[] standardErrors, boolean exact, int permutations, List<int[]> orders) {
        Estimate {
            values = values.clone();
            standardErrors = standardErrors.clone();
            orders = List.copyOf(orders);
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] standardErrors() {
            return standardErrors.clone();
        }

        double value(int i) {
            return values[i];
        }

        double standardError(int i) {
            return standardErrors[i];
        }

        double maxStandardError() {
            double max = 0;
            for (double se : standardErrors) max = Math.max(max, se);
            return max;
        }
    }

    /** Exact values: each player's marginal contribution to every coalition without it, weighted |S|!(n-|S|-1)!/n!. */
    static double[] exact(int n, IntToDoubleFunction v) {
        double[] weight = new double[n];
        for (int s = 0; s < n; s++) {
            weight[s] = 1.0 / (n * CombinatoricsUtils.binomialCoefficientDouble(n - 1, s));
        }
        double[] phi = new double[n];
        for (int mask = 0; mask < (1 << n); mask++) {
            double without = mask == 0 ? 0 : v.applyAsDouble(mask);
            int size = Integer.bitCount(mask);
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) continue;
                phi[i] += weight[size] * (v.applyAsDouble(mask | (1 << i)) - without);
            }
        }
        return phi;
    }

    /** Every non-empty coalition of n players. */
    static Set<Integer> allCoalitions(int n) {
        Set<Integer> all = new LinkedHashSet<>();
        for (int mask = 1; mask < (1 << n); mask++) all.add(mask);
        return all;
    }

    /** The stopping rule of the sampled estimate. */
    record Sampling(long seed, double targetStandardError, int pilotPairs, int maxPairs, long deadlineNanos) {
    }

    /**
     * Antithetic permutation sampling: a pilot of pairs, then as many pairs as the pilot's spread says reach
     * the target standard error on every player (re-estimated after each round), stopping at the cap or the
     * deadline. The standard error of a player's value is the standard deviation of its pair averages / sqrt(pairs).
     */
    static Estimate sampled(int n, Game game, Sampling rule) {
        RandomGenerator random = new MersenneTwister(rule.seed());
        SummaryStatistics[] pairs = new SummaryStatistics[n];
        for (int i = 0; i < n; i++) pairs[i] = new SummaryStatistics();
        List<int[]> orders = new ArrayList<>();
        int round = Math.min(rule.pilotPairs(), rule.maxPairs());
        while (round > 0) {
            List<int[]> batch = new ArrayList<>();
            for (int k = 0; k < round; k++) {
                int[] order = MathArrays.natural(n);
                MathArrays.shuffle(order, random);
                batch.add(order);
            }
            Set<Integer> needed = new LinkedHashSet<>();
            for (int[] order : batch) {
                int mask = 0;
                for (int i = 0; i < n; i++) {
                    needed.add(mask |= 1 << order[i]);
                    needed.add(prefixOfReverse(order, i));
                }
            }
            needed.remove(0);
            game.evaluate(needed);
            for (int[] order : batch) {
                double[] forward = marginals(order, game::value);
                double[] backward = marginals(reverse(order), game::value);
                for (int i = 0; i < n; i++) pairs[i].addValue((forward[i] + backward[i]) / 2);
                orders.add(order);
                orders.add(reverse(order));
            }
            round = nextRound(pairs, rule, orders.size() / 2);
        }
        double[] values = new double[n];
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = pairs[i].getMean();
            se[i] = standardError(pairs[i]);
        }
        return new Estimate(values, se, false, orders.size(), orders);
    }

    /** Pairs to add: enough to reach the target on the worst player by the spread so far, at most doubling. */
    private static int nextRound(SummaryStatistics[] pairs, Sampling rule, int done) {
        if (done >= rule.maxPairs() || System.nanoTime() > rule.deadlineNanos()) return 0;
        double worst = 0;
        for (SummaryStatistics s : pairs) worst = Math.max(worst, s.getStandardDeviation());
        if (worst / Math.sqrt(done) <= rule.targetStandardError()) return 0;
        long wanted = (long) Math.ceil(worst * worst / (rule.targetStandardError() * rule.targetStandardError()));
        return (int) Math.min(Math.min(wanted - done, done), rule.maxPairs() - done);
    }

    private static double standardError(SummaryStatistics s) {
        return s.getN() < 2 ? Double.NaN : s.getStandardDeviation() / Math.sqrt(s.getN());
    }

    /** Value of the players in {@code order} at positions up to i of the reversed order. */
    private static int prefixOfReverse(int[] order, int i) {
        int mask = 0;
        for (int k = order.length - 1 - i; k < order.length; k++) mask |= 1 << order[k];
        return mask;
    }

    /** Each player's marginal contribution in the order given. */
    static double[] marginals(int[] order, IntToDoubleFunction v) {
        double[] out = new double[order.length];
        int mask = 0;
        double before = 0;
        for (int player : order) {
            mask |= 1 << player;
            double after = v.applyAsDouble(mask);
            out[player] = after - before;
            before = after;
        }
        return out;
    }

    /** The mean marginal contributions over the given orders: the sampled estimate on other coalition values. */
    static double[] overOrders(List<int[]> orders, int n, IntToDoubleFunction v) {
        double[] phi = new double[n];
        for (int[] order : orders) {
            double[] m = marginals(order, v);
            for (int i = 0; i < n; i++) phi[i] += m[i] / orders.size();
        }
        return phi;
    }

    static int[] reverse(int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = order[order.length - 1 - i];
        return out;
    }
}
