package org.onepool.model.workforce;

/**
 * Staff indices grouped by cell (a counting sort over the staff table), with removal of a chosen
 * candidate in O(1). Rebuilt each month for the candidates of one kind (stagnating, or at risk).
 */
final class CandidateBuckets {
    private final int[] start;
    private final int[] count;
    private int[] items = new int[64];

    CandidateBuckets(int cells) {
        start = new int[cells + 1];
        count = new int[cells];
    }

    /** Groups staff for whom {@code wanted} holds, in index order within each cell. */
    void build(StaffTable staff, java.util.function.IntPredicate wanted) {
        java.util.Arrays.fill(count, 0);
        int total = 0;
        for (int i = 0; i < staff.size; i++) {
            if (wanted.test(i)) {
                count[staff.cell[i]]++;
                total++;
            }
        }
        if (items.length < total) items = new int[total + total / 2];
        int acc = 0;
        for (int c = 0; c < count.length; c++) {
            start[c] = acc;
            acc += count[c];
            count[c] = 0;
        }
        start[count.length] = acc;
        for (int i = 0; i < staff.size; i++) {
            if (wanted.test(i)) {
                int c = staff.cell[i];
                items[start[c] + count[c]++] = i;
            }
        }
    }

    int size(int cell) {
        return count[cell];
    }

    int get(int cell, int k) {
        return items[start[cell] + k];
    }

    /** Removes the k-th candidate of a cell (order within the cell is not kept). */
    int take(int cell, int k) {
        int at = start[cell] + k;
        int person = items[at];
        items[at] = items[start[cell] + --count[cell]];
        return person;
    }
}
