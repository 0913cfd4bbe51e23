package org.onepool.model.workforce;

import java.util.Arrays;

/**
 * Every member of staff in post, as parallel primitive arrays (23 bytes a person). Phases walk it in
 * index order; a leaver's row is taken by the last row, so removal is O(1) and still deterministic.
 */
final class StaffTable {
    static final byte AT_RISK = 1;
    static final byte IN_COHORT = 2;

    int size;
    int[] id;
    int[] cell;
    short[] ageMonths;
    short[] tenureMonths;
    short[] monthsInPost;
    short[] retireAgeMonths;
    int[] skills;
    /** Percentile (0-255) of the person's engagement propensity; engaged when below the cell's engaged share. */
    byte[] engagement;
    byte[] flags;
    byte[] riskMonths;

    StaffTable(int capacity) {
        capacity = Math.max(16, capacity);
        id = new int[capacity];
        cell = new int[capacity];
        ageMonths = new short[capacity];
        tenureMonths = new short[capacity];
        monthsInPost = new short[capacity];
        retireAgeMonths = new short[capacity];
        skills = new int[capacity];
        engagement = new byte[capacity];
        flags = new byte[capacity];
        riskMonths = new byte[capacity];
    }

    private StaffTable(StaffTable other) {
        size = other.size;
        id = other.id.clone();
        cell = other.cell.clone();
        ageMonths = other.ageMonths.clone();
        tenureMonths = other.tenureMonths.clone();
        monthsInPost = other.monthsInPost.clone();
        retireAgeMonths = other.retireAgeMonths.clone();
        skills = other.skills.clone();
        engagement = other.engagement.clone();
        flags = other.flags.clone();
        riskMonths = other.riskMonths.clone();
    }

    StaffTable copy() {
        return new StaffTable(this);
    }

    int add(int personId, int personCell, int age, int tenure, int retireAge, int engagementPercentile) {
        if (size == id.length) grow();
        int i = size++;
        id[i] = personId;
        cell[i] = personCell;
        ageMonths[i] = (short) age;
        tenureMonths[i] = (short) tenure;
        monthsInPost[i] = 0;
        retireAgeMonths[i] = (short) retireAge;
        skills[i] = 0;
        engagement[i] = (byte) engagementPercentile;
        flags[i] = 0;
        riskMonths[i] = 0;
        return i;
    }

    boolean is(int i, byte flag) {
        return (flags[i] & flag) != 0;
    }

    void set(int i, byte flag, boolean on) {
        flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag);
    }

    int engagementPercentile(int i) {
        return engagement[i] & 0xFF;
    }

    /** Removes person i by moving the last person into their row: O(1), deterministic, order not kept. */
    void removeSwap(int i) {
        int last = --size;
        if (i == last) return;
        id[i] = id[last];
        cell[i] = cell[last];
        ageMonths[i] = ageMonths[last];
        tenureMonths[i] = tenureMonths[last];
        monthsInPost[i] = monthsInPost[last];
        retireAgeMonths[i] = retireAgeMonths[last];
        skills[i] = skills[last];
        engagement[i] = engagement[last];
        flags[i] = flags[last];
        riskMonths[i] = riskMonths[last];
    }

    private void grow() {
        int n = id.length * 3 / 2 + 16;
        id = Arrays.copyOf(id, n);
        cell = Arrays.copyOf(cell, n);
        ageMonths = Arrays.copyOf(ageMonths, n);
        tenureMonths = Arrays.copyOf(tenureMonths, n);
        monthsInPost = Arrays.copyOf(monthsInPost, n);
        retireAgeMonths = Arrays.copyOf(retireAgeMonths, n);
        skills = Arrays.copyOf(skills, n);
        engagement = Arrays.copyOf(engagement, n);
        flags = Arrays.copyOf(flags, n);
        riskMonths = Arrays.copyOf(riskMonths, n);
    }

    /** Bytes of hot state per member of staff. */
    static int bytesPerPerson() {
        return 4 + 4 + 2 + 2 + 2 + 2 + 4 + 1 + 1 + 1;
    }
}
