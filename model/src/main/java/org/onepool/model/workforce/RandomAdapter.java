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
        throw new UnsupportedOperationException("streams are seeded by RandomStreams, not reseeded");
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }
}
