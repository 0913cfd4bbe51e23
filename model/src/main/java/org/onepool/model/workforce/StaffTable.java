package org.onepool.model.workforce;

import java.util.Arrays;

/**
 * Every member of staff in post, as parallel primitive arrays (35 bytes a person). Time is held as the
 * months events happened (joined, took the current post, will retire), so ageing costs nothing and the
 * monthly leaving pass only reads. Phases walk the table in index order; a leaver's row is taken by the
 * last row, so removal is O(1) and still deterministic.
 */
final class StaffTable {
    static final byte AT_RISK = 1;
    static final byte IN_COHORT = 2;

    int size;
    int[] id;
    int[] cell;
    int[] joinedMonth;
    /** Month the person took their current post: months since then measure career stagnation. */
    int[] postMonth;
    int[] retireMonth;
    int[] skills;
    /** Percentile (0-255) of the person's engagement propensity; engaged when below the cell's engaged share. */
    byte[] engagement;
    byte[] flags;
    byte[] riskMonths;
    /**
     * The leaving pass's cache: the person's row of the hazard table (partner-family, tenure band,
     * stagnation, engagement), valid while the month is before {@code hazardRowUntil} (retirement, the next
     * tenure band, or the start of stagnation). {@link #UNKNOWN} when the row must be worked out again.
     */
    int[] hazardRow;
    int[] hazardRowUntil;
    static final int UNKNOWN = Integer.MIN_VALUE;

    StaffTable(int capacity) {
        capacity = Math.max(16, capacity);
        id = new int[capacity];
        cell = new int[capacity];
        joinedMonth = new int[capacity];
        postMonth = new int[capacity];
        retireMonth = new int[capacity];
        skills = new int[capacity];
        engagement = new byte[capacity];
        flags = new byte[capacity];
        riskMonths = new byte[capacity];
        hazardRow = new int[capacity];
        hazardRowUntil = new int[capacity];
    }

    private StaffTable(StaffTable other) {
        size = other.size;
        id = other.id.clone();
        cell = other.cell.clone();
        joinedMonth = other.joinedMonth.clone();
        postMonth = other.postMonth.clone();
        retireMonth = other.retireMonth.clone();
        skills = other.skills.clone();
        engagement = other.engagement.clone();
        flags = other.flags.clone();
        riskMonths = other.riskMonths.clone();
        hazardRow = other.hazardRow.clone();
        hazardRowUntil = other.hazardRowUntil.clone();
    }

    StaffTable copy() {
        return new StaffTable(this);
    }

    /** Adds a person; months are absolute (month 0 = the appraisal start). */
    int add(int personId, int personCell, int joined, int inPostSince, int retires, int engagementPercentile) {
        if (size == id.length) grow();
        int i = size++;
        id[i] = personId;
        cell[i] = personCell;
        joinedMonth[i] = joined;
        postMonth[i] = inPostSince;
        retireMonth[i] = retires;
        skills[i] = 0;
        engagement[i] = (byte) engagementPercentile;
        flags[i] = 0;
        riskMonths[i] = 0;
        hazardRowUntil[i] = UNKNOWN;
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
        joinedMonth[i] = joinedMonth[last];
        postMonth[i] = postMonth[last];
        retireMonth[i] = retireMonth[last];
        skills[i] = skills[last];
        engagement[i] = engagement[last];
        flags[i] = flags[last];
        riskMonths[i] = riskMonths[last];
        hazardRow[i] = hazardRow[last];
        hazardRowUntil[i] = hazardRowUntil[last];
    }

    /** Moves person i to another cell, in post from {@code month}. */
    void moveTo(int i, int newCell, int month) {
        cell[i] = newCell;
        postMonth[i] = month;
        hazardRowUntil[i] = UNKNOWN;
    }

    /** Every cached hazard row must be worked out again (another hazard table, or engagement thresholds changed). */
    void forgetHazardRows() {
        Arrays.fill(hazardRowUntil, 0, size, UNKNOWN);
    }

    private void grow() {
        int n = id.length * 3 / 2 + 16;
        id = Arrays.copyOf(id, n);
        cell = Arrays.copyOf(cell, n);
        joinedMonth = Arrays.copyOf(joinedMonth, n);
        postMonth = Arrays.copyOf(postMonth, n);
        retireMonth = Arrays.copyOf(retireMonth, n);
        skills = Arrays.copyOf(skills, n);
        engagement = Arrays.copyOf(engagement, n);
        flags = Arrays.copyOf(flags, n);
        riskMonths = Arrays.copyOf(riskMonths, n);
        hazardRow = Arrays.copyOf(hazardRow, n);
        hazardRowUntil = Arrays.copyOf(hazardRowUntil, n);
    }

    /** Bytes of hot state per member of staff. */
    static int bytesPerPerson() {
        return 8 * Integer.BYTES + 3;
    }
}
