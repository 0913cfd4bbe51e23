package org.onepool.model.workforce;

/** Splitting a whole number in proportion to shares, so that the parts sum exactly. */
public final class Apportion {
    private Apportion() {
    }

    /** Parts of {@code total} in proportion to {@code shares}, the largest remainders rounded up first. */
    public static int[] largestRemainders(int total, double[] shares) {
        double sum = 0;
        for (double s : shares) sum += s;
        int[] parts = new int[shares.length];
        double[] remainders = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = sum > 0 ? total * shares[i] / sum : 0;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) if (remainders[i] > remainders[best]) best = i;
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }
}
