package org.onepool.benchmarks;

/**
 * The physical reference for a monthly step: for each person, one counter-based uniform draw (as the
 * leaving phase makes) compared with a probability, and one state update, over arrays of the model's size.
 */
final class FloorKernel {
    private final int[] id;
    private final short[] ageMonths;
    private final long seed = 0x9E3779B97F4A7C15L;
    private int month;

    FloorKernel(int staff) {
        id = new int[staff];
        ageMonths = new short[staff];
        for (int i = 0; i < staff; i++) id[i] = i;
    }

    int month() {
        int leavers = 0;
        month++;
        for (int i = 0; i < id.length; i++) {
            ageMonths[i]++;
            long z = seed + id[i] * 0x9E3779B97F4A7C15L + month * 0xC2B2AE3D27D4EB4FL;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            if ((z >>> 11) * 0x1.0p-53 < 0.011) leavers++;
        }
        return leavers;
    }
}
