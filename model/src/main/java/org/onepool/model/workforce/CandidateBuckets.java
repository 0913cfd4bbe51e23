package org.onepool.model.workforce;

/**
 * Candidates for this month's vacancies grouped by cell, built in two passes over the staff table (a
 * counting sort): stagnating staff under key {@code cell}, staff at risk under key {@code cells + cell}.
 * A chosen candidate is removed in O(1).
 */
final class CandidateBuckets {
    private final int cells;
    private final int[] start;
    private final int[] count;
    private int[] items = new int[64];

    CandidateBuckets(int cells) {
        this.cells = cells;
        start = new int[2 * cells + 1];
        count = new int[2 * cells];
    }

    int stagnatingKey(int cell) {
        return cell;
    }

    int atRiskKey(int cell) {
        return cells + cell;
    }

    void build(StaffTable staff, int stagnationMonths) {
        java.util.Arrays.fill(count, 0);
        int total = 0;
        int n = staff.size;
        for (int i = 0; i < n; i++) {
            int key = key(staff, i, stagnationMonths);
            if (key >= 0) {
                count[key]++;
                total++;
            }
        }
        if (items.length < total) items = new int[total + total / 2];
        int acc = 0;
        for (int k = 0; k < count.length; k++) {
            start[k] = acc;
            acc += count[k];
            count[k] = 0;
        }
        start[count.length] = acc;
        for (int i = 0; i < n; i++) {
            int key = key(staff, i, stagnationMonths);
            if (key >= 0) items[start[key] + count[key]++] = i;
        }
    }

    private int key(StaffTable staff, int i, int stagnationMonths) {
        if ((staff.flags[i] & StaffTable.AT_RISK) != 0) return cells + staff.cell[i];
        return staff.monthsInPost[i] >= stagnationMonths ? staff.cell[i] : -1;
    }

    int size(int key) {
        return count[key];
    }

    int get(int key, int k) {
        return items[start[key] + k];
    }

    /** Removes the k-th candidate under a key (order within the key is not kept). */
    int take(int key, int k) {
        int at = start[key] + k;
        int person = items[at];
        items[at] = items[start[key] + --count[key]];
        return person;
    }
}
