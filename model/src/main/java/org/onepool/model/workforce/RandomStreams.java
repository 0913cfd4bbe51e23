package org.onepool.model.workforce;

import java.util.SplittableRandom;

/**
 * The random numbers of one replication: one independent stream per process, all derived from the
 * replication's seed, so an option that changes recruitment cannot shift the leaving draws.
 *
 * <p>Leaving and engagement draws are addressable (counter-based): the draw for staff member {@code id}
 * in month {@code m} is a hash of (stream seed, id, m). A person therefore meets the same fate in the
 * baseline and in every option unless the option changes their hazard: common random numbers at the
 * level of the individual. Mobility and recruitment draws are addressed the same way, by the vacancy
 * (cell and number in the cell) and month they belong to, so nothing an arm does at one post moves the
 * draws at another (model/ODD.md). {@link #stream} remains for the uncertainty sampler.
 */
public final class RandomStreams {
    /** The processes that draw random numbers. */
    public enum Process { LEAVING, MOBILITY, RECRUITMENT, TRAINING, UNCERTAINTY, POPULATION }

    private final long replicationSeed;

    public RandomStreams(long replicationSeed) {
        this.replicationSeed = replicationSeed;
    }

    /** The seed of replication {@code index} under a master seed; independent of thread scheduling. */
    public static long replicationSeed(long masterSeed, int index) {
        return mix(masterSeed ^ mix(0x5DEECE66DL + index));
    }

    public long replicationSeed() {
        return replicationSeed;
    }

    /** Seed of a process's stream in a given phase of the run (warm-up, or the reported horizon). */
    public long seed(Process process, int phase) {
        return mix(replicationSeed + 0x9E3779B97F4A7C15L * (process.ordinal() + 1) + 0xBF58476D1CE4E5B9L * phase);
    }

    /** A fresh sequential stream for a process and phase. */
    public SplittableRandom stream(Process process, int phase) {
        return new SplittableRandom(seed(process, phase));
    }

    /** Uniform in [0, 1) addressed by (stream seed, a, b). */
    public static double uniform(long streamSeed, long a, long b) {
        return bits53(keyBase(streamSeed, b), a) * 0x1.0p-53;
    }

    /** The part of the key of {@code uniform(streamSeed, a, b)} that does not depend on a: hoisted out of loops over a. */
    static long keyBase(long streamSeed, long b) {
        return streamSeed + b * 0xC2B2AE3D27D4EB4FL;
    }

    /**
     * The 53 bits behind {@code uniform(streamSeed, a, b)}, as an integer, given {@code keyBase(streamSeed, b)}:
     * {@code uniform < q} exactly when {@code bits53 < threshold53(q)}, with no conversion to double.
     */
    static long bits53(long keyBase, long a) {
        return mix(keyBase + a * 0x9E3779B97F4A7C15L) >>> 11;
    }

    /** The integer threshold equivalent to a probability q in [0, 1] (see {@link #bits53}). */
    static long threshold53(double q) {
        return (long) Math.ceil(q * 0x1.0p53);
    }

    /** SplitMix64's finaliser: a bijective 64-bit mixer with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
