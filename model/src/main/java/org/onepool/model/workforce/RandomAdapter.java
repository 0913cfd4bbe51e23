package org.onepool.model.workforce;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets Commons Math distributions draw from one of the replication's {@link SplittableRandom} streams. */
public final class RandomAdapter extends AbstractRandomGenerator {
    private final SplittableRandom random;

    public RandomAdapter(SplittableRandom random) {
        this.random = random;
    }

    @Override
    public void setSeed(long seed) {
        // Reseeding would break the one-seed-per-process rule; streams are seeded once, by RandomStreams.
        throw new IllegalStateException("streams are seeded by RandomStreams, not reseeded");
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }
}
