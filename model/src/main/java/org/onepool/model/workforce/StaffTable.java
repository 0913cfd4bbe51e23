package org.onepool.model.workforce;

/**
 * Every member of staff in post, as parallel primitive columns. Time is held as the months events
 * happened (joined, took the current post, will retire), so ageing costs nothing and the monthly leaving
 * pass only reads. Phases walk the table in index order; a leaver's row is taken by the last row, so
 * removal is O(1) and still deterministic. A row follower (the hazard-row cache) is told of every row
 * added or moved, so per-person data kept outside the table stays aligned with it.
 */
final class StaffTable {
    static final byte AT_RISK = 1;
    static final byte IN_COHORT = 2;
    /** Completed a graduate scheme (their leaving takes the scheme's multiplier by year since completion). */
    static final byte COMPLETER = 4;

    /** The columns: int columns, then byte columns. */
    private static final int ID = 0, CELL = 1, JOINED = 2, POST = 3, RETIRE = 4, SKILLS = 5, BORN = 6, INT_COLUMNS = 7;
    private static final int ENGAGEMENT = 0, FLAGS = 1, RISK_MONTHS = 2, BYTE_COLUMNS = 3;

    /** Per-person data kept outside the table, moved with its rows. */
    interface RowFollower {
        /** Row {@code i} now holds a new person (the table has room for {@code capacity} rows). */
        void added(int i, int capacity);

        /** Row {@code from}'s person now sits at row {@code to}. */
        void moved(int from, int to);
    }

    int size;
    private final Columns columns;
    private RowFollower follower;

    StaffTable(int capacity) {
        columns = new Columns(INT_COLUMNS, BYTE_COLUMNS, 0, Math.max(16, capacity));
    }

    private StaffTable(StaffTable other) {
        size = other.size;
        columns = other.columns.copy();
    }

    /** A copy of the people, without the original's follower. */
    StaffTable copy() {
        return new StaffTable(this);
    }

    /** Per-person data outside the table that must follow its rows from now on (one follower at a time). */
    void follow(RowFollower rowFollower) {
        follower = rowFollower;
    }

    int capacity() {
        return columns.capacity();
    }

    int[] id() {
        return columns.ints[ID];
    }

    /** Partner x job family x grade of each person's post. */
    int[] cell() {
        return columns.ints[CELL];
    }

    int[] joinedMonth() {
        return columns.ints[JOINED];
    }

    /** Month the person took their current post: months since then measure career stagnation. */
    int[] postMonth() {
        return columns.ints[POST];
    }

    int[] retireMonth() {
        return columns.ints[RETIRE];
    }

    /** Month of birth: age decides who a redundancy releases a pension for. */
    int[] bornMonth() {
        return columns.ints[BORN];
    }

    /** Skills held, a bit per skill. */
    int[] skills() {
        return columns.ints[SKILLS];
    }

    /** {@link #AT_RISK}, {@link #IN_COHORT} and {@link #COMPLETER} bits. */
    byte[] flags() {
        return columns.bytes[FLAGS];
    }

    /** Months at risk so far. */
    byte[] riskMonths() {
        return columns.bytes[RISK_MONTHS];
    }

    /** Adds a person; months are absolute (month 0 = the appraisal start). */
    int add(int personId, int personCell, int joined, int inPostSince, int retires, int born, int engagementPercentile) {
        columns.ensureRoomAfter(size);
        int i = size++;
        int[][] ints = columns.ints;
        byte[][] bytes = columns.bytes;
        ints[ID][i] = personId;
        ints[CELL][i] = personCell;
        ints[JOINED][i] = joined;
        ints[POST][i] = inPostSince;
        ints[RETIRE][i] = retires;
        ints[SKILLS][i] = 0;
        ints[BORN][i] = born;
        bytes[ENGAGEMENT][i] = (byte) engagementPercentile;
        bytes[FLAGS][i] = 0;
        bytes[RISK_MONTHS][i] = 0;
        if (follower != null) follower.added(i, columns.capacity());
        return i;
    }

    boolean is(int i, byte flag) {
        return (flags()[i] & flag) != 0;
    }

    void set(int i, byte flag, boolean on) {
        byte[] flags = flags();
        flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag);
    }

    /** Percentile (0-255) of the person's engagement propensity; engaged when below the cell's engaged share. */
    int engagementPercentile(int i) {
        return columns.bytes[ENGAGEMENT][i] & 0xFF;
    }

    /** The engagement percentiles as stored (read each with {@code & 0xFF}). */
    byte[] engagementPercentiles() {
        return columns.bytes[ENGAGEMENT];
    }

    /** Removes person i by moving the last person into their row: O(1), deterministic, order not kept. */
    void removeSwap(int i) {
        int last = --size;
        if (i == last) return;
        columns.move(last, i);
        if (follower != null) follower.moved(last, i);
    }

    /** Moves person i to another cell, in post from {@code month}. */
    void moveTo(int i, int newCell, int month) {
        cell()[i] = newCell;
        postMonth()[i] = month;
    }

    /** Bytes of the table's columns per member of staff. */
    static int bytesPerPerson() {
        return new Columns(INT_COLUMNS, BYTE_COLUMNS, 0, 0).bytesPerRow();
    }
}
