package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The leaving pass compares integers; it must decide exactly as comparing the uniform with the probability. */
class RandomStreamsTest {

    @Test
    void integerThresholdDecidesExactlyAsTheUniformDoes() {
        SplittableRandom random = new SplittableRandom(5);
        long seed = new RandomStreams(42).seed(RandomStreams.Process.LEAVING, 0);
        int disagreements = 0;
        for (int n = 0; n < 200_000; n++) {
            int id = random.nextInt(1_000_000);
            int month = random.nextInt(-60, 240);
            double u = RandomStreams.uniform(seed, id, month);
            // Probabilities at random, and exactly at the draw, just above it and just below it.
            double[] qs = {random.nextDouble(), u, Math.nextUp(u), Math.nextDown(u), 0, 1};
            long bits = RandomStreams.bits53(RandomStreams.keyBase(seed, month), id);
            assertThat(bits * 0x1.0p-53).isEqualTo(u);
            for (double q : qs) {
                if ((bits < RandomStreams.threshold53(q)) != (u < q)) disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    @Test
    void drawsAreUniform() {
        long seed = new RandomStreams(7).seed(RandomStreams.Process.LEAVING, 0);
        int[] deciles = new int[10];
        int draws = 100_000;
        for (int id = 0; id < draws; id++) deciles[(int) (RandomStreams.uniform(seed, id, 3) * 10)]++;
        // Each decile holds 10,000 draws; 5 standard deviations is 474.
        for (int count : deciles) assertThat(count).isBetween(draws / 10 - 474, draws / 10 + 474);
    }
}
