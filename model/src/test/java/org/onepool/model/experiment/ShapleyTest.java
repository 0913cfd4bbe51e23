package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The Shapley arithmetic against games whose values are known in closed form. */
class ShapleyTest {

    /** A game given by a formula: every coalition is known at once. */
    private record Formula(IntToDoubleFunction v) implements Shapley.Game {
        @Override
        public void evaluate(Set<Integer> masks) {
        }

        @Override
        public double value(int mask) {
            return mask == 0 ? 0 : v.applyAsDouble(mask);
        }
    }

    /** Glove game: player 0 holds a left glove, players 1 and 2 a right one; a pair is worth 1. */
    private static double gloves(int mask) {
        int left = mask & 1;
        int right = Integer.bitCount(mask & 6);
        return Math.min(left, right);
    }

    @Test
    void theGloveGameGivesTheLeftGloveTwoThirds() {
        double[] phi = Shapley.exact(3, ShapleyTest::gloves);
        assertThat(phi[0]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(phi[1]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(phi[2]).isCloseTo(1.0 / 6, within(1e-12));
    }

    /**
     * Weighted majority game [quota 9; 4, 3, 2, 1, 1, 1, 1, 1, 1, 1]: a coalition is worth 1 when its weights
     * reach the quota. Its Shapley values are the probability a player is pivotal, known by counting.
     */
    private static final int[] WEIGHTS = {4, 3, 2, 1, 1, 1, 1, 1, 1, 1};

    private static double majority(int mask) {
        int w = 0;
        for (int i = 0; i < WEIGHTS.length; i++) if ((mask & (1 << i)) != 0) w += WEIGHTS[i];
        return w >= 9 ? 1 : 0;
    }

    @Test
    void exactValuesOfAVotingGameMatchTheCountOfPivotalOrders() {
        double[] phi = Shapley.exact(WEIGHTS.length, ShapleyTest::majority);
        // Count orders directly for the big player: positions where the weight before it is 5 to 8.
        double pivotal = pivotalShareByOrders(0);
        assertThat(phi[0]).isCloseTo(pivotal, within(1e-12));
        double sum = 0;
        for (double v : phi) sum += v;
        assertThat(sum).isCloseTo(1, within(1e-12));
        // Symmetry: the seven weight-1 players are equal.
        for (int i = 4; i < WEIGHTS.length; i++) assertThat(phi[i]).isCloseTo(phi[3], within(1e-12));
    }

    /** Share of the 10! orders in which player {@code who} turns a losing coalition into a winning one. */
    private static double pivotalShareByOrders(int who) {
        int[] order = org.apache.commons.math3.util.MathArrays.natural(WEIGHTS.length);
        long pivotal = 0;
        long total = 0;
        do {
            total++;
            int mask = 0;
            for (int p : order) {
                if (p == who) {
                    if (majority(mask) == 0 && majority(mask | (1 << p)) == 1) pivotal++;
                    break;
                }
                mask |= 1 << p;
            }
        } while (nextPermutation(order));
        return (double) pivotal / total;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    @Test
    void sampledValuesAddUpExactlyAndLieWithinThreeStandardErrorsOfTheExactOnes() {
        int n = WEIGHTS.length;
        double[] exact = Shapley.exact(n, ShapleyTest::majority);
        Shapley.Estimate sampled = Shapley.sampled(n, new Formula(ShapleyTest::majority),
                new Shapley.Sampling(3, 0.01, 8, 2000, Long.MAX_VALUE));
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sampled.value(i);
            assertThat(sampled.standardError(i)).isPositive();
            assertThat(Math.abs(sampled.value(i) - exact[i])).as("player %d", i)
                    .isLessThanOrEqualTo(3 * sampled.standardError(i));
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
        // The stopping rule reached the stated error on every player within the cap.
        assertThat(sampled.maxStandardError()).isLessThanOrEqualTo(0.01);
        assertThat(sampled.permutations()).isLessThan(4000);
    }

    @Test
    void antitheticPairsVaryLessThanIndependentPermutationsOnAnAdditiveGame() {
        // In an additive game every marginal contribution is the player's own worth: any permutation is exact.
        // In v(S) = |S|^2 a player's contribution is 2k-1 at position k, and k + (n+1-k) is fixed, so a pair's
        // average is exactly the Shapley value n: the antithetic pair has no variance at all.
        int n = 8;
        Shapley.Estimate sampled = Shapley.sampled(n, new Formula(m -> Math.pow(Integer.bitCount(m), 2)),
                new Shapley.Sampling(1, 1e-9, 8, 8, Long.MAX_VALUE));
        for (int i = 0; i < n; i++) {
            assertThat(sampled.value(i)).isCloseTo(n, within(1e-9));
            assertThat(sampled.standardError(i)).isCloseTo(0, within(1e-9));
        }
    }
}
