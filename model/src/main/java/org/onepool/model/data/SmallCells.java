package org.onepool.model.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Merging of small groups so that no published figure rests on fewer than {@link #MIN_PEOPLE} people: a
 * group below it joins its smaller neighbour until every group reaches it (or only one is left).
 */
public final class SmallCells {
    public static final int MIN_PEOPLE = 5;

    private SmallCells() {
    }

    /**
     * Which group each of {@code sizes} ends up in, groups being runs of neighbours: returns, for each
     * position, the index of its merged group's first position.
     */
    public static int[] merge(int[] sizes) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) runs.add(new int[] {i, i, sizes[i]});
        while (runs.size() > 1) {
            int smallest = -1;
            for (int r = 0; r < runs.size(); r++) {
                if (runs.get(r)[2] < MIN_PEOPLE && (smallest < 0 || runs.get(r)[2] < runs.get(smallest)[2])) smallest = r;
            }
            if (smallest < 0) break;
            int neighbour;
            if (smallest == 0) neighbour = 1;
            else if (smallest == runs.size() - 1) neighbour = smallest - 1;
            else neighbour = runs.get(smallest - 1)[2] <= runs.get(smallest + 1)[2] ? smallest - 1 : smallest + 1;
            int low = Math.min(smallest, neighbour);
            int[] a = runs.get(low);
            int[] b = runs.get(low + 1);
            runs.set(low, new int[] {a[0], b[1], a[2] + b[2]});
            runs.remove(low + 1);
        }
        int[] group = new int[sizes.length];
        for (int[] run : runs) for (int i = run[0]; i <= run[1]; i++) group[i] = run[0];
        return group;
    }
}
