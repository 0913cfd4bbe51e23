package org.onepool.model.workforce;

/**
 * Candidates for this month's vacancies grouped by cell: stagnating staff under key {@code cell}, staff
 * at risk under key {@code cells + cell}. The leaving phase marks each person who stays and qualifies,
 * at the row they keep for the rest of the month, in a bit set, so mobility need not walk the staff
 * table again; a counting sort then groups them. A chosen candidate is removed in O(1).
 */
final class CandidateBuckets {
    private final int cells;
    private final int[] start;
    private final int[] count;
    private int[] offeredKey = new int[256];
    private int[] offeredRow = new int[256];
    private long[] candidateBits = new long[16];
    private int markedRows;
    private int[] items = new int[256];
    /**
     * Parallel to {@link #items}: each candidate's place in this month's order (staff id scrambled by the
     * month's mask), kept beside the rows so finding who comes first scans one contiguous array.
     */
    private int[] priority = new int[256];

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

    /**
     * A bit set for rows {@code 0..rows-1} that the leaving pass overwrites a whole word at a time (so it
     * needs no clearing): bit r set when row r is a candidate. Grouping reads the words up to {@link #marked}.
     */
    long[] reserve(int rows) {
        int words = (rows + 63) >>> 6;
        if (candidateBits.length < words) candidateBits = new long[words + words / 2];
        markedRows = 0;
        return candidateBits;
    }

    /** The leaving pass has marked rows {@code 0..rows-1}. */
    void marked(int rows) {
        markedRows = rows;
    }

    /**
     * Groups the marked rows by key (their cell, and whether at risk), in row order within each key, and
     * gives each its priority for the month: {@code (id ^ mask)} without the sign bit.
     */
    void group(StaffTable staff, int mask) {
        java.util.Arrays.fill(count, 0);
        final int[] cellOf = staff.cell();
        final byte[] flags = staff.flags();
        int offered = 0;
        int words = (markedRows + 63) >>> 6;
        for (int w = 0; w < words; w++) {
            for (long bits = candidateBits[w]; bits != 0; bits &= bits - 1) {
                int row = (w << 6) + Long.numberOfTrailingZeros(bits);
                int key = cellOf[row] + (flags[row] & StaffTable.AT_RISK) * cells;
                if (offered == offeredKey.length) {
                    offeredKey = java.util.Arrays.copyOf(offeredKey, offered * 2);
                    offeredRow = java.util.Arrays.copyOf(offeredRow, offered * 2);
                }
                offeredKey[offered] = key;
                offeredRow[offered++] = row;
                count[key]++;
            }
        }
        if (items.length < offered) {
            items = new int[offered + offered / 2];
            priority = new int[items.length];
        }
        final int[] ids = staff.id();
        int acc = 0;
        for (int k = 0; k < count.length; k++) {
            start[k] = acc;
            acc += count[k];
            count[k] = 0;
        }
        start[count.length] = acc;
        for (int i = 0; i < offered; i++) {
            int key = offeredKey[i];
            int at = start[key] + count[key]++;
            items[at] = offeredRow[i];
            priority[at] = (ids[offeredRow[i]] ^ mask) & Integer.MAX_VALUE;
        }
    }

    int size(int key) {
        return count[key];
    }

    int get(int key, int k) {
        return items[start[key] + k];
    }

    /** The position under a key of the candidate who comes first this month (least priority); 0 if none. */
    int first(int key) {
        int from = start[key];
        int best = 0;
        int least = Integer.MAX_VALUE;
        for (int k = 0, size = count[key]; k < size; k++) {
            int pk = priority[from + k];
            if (pk < least) {
                least = pk;
                best = k;
            }
        }
        return best;
    }

    /** Removes a given row from a key's candidates, if it is there. */
    void remove(int key, int row) {
        for (int k = 0; k < count[key]; k++) {
            if (items[start[key] + k] == row) {
                take(key, k);
                return;
            }
        }
    }

    /** Removes the k-th candidate under a key (order within the key is not kept). */
    int take(int key, int k) {
        int at = start[key] + k;
        int person = items[at];
        int last = start[key] + --count[key];
        items[at] = items[last];
        priority[at] = priority[last];
        return person;
    }
}
