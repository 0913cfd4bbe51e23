package org.onepool.model.workforce;

import java.util.Arrays;

/**
 * Each person's row of the month's leaving table ({@link Hazards}: partner-family, tenure band,
 * stagnation, engagement), cached with the month it holds until, so the leaving pass reads two numbers
 * per person instead of working the row out. This class is the one place that knows when a row expires:
 * <ul>
 *   <li>at the month it holds until: retirement (then there is no row: the person retires), the next
 *       tenure band, or the start of stagnation;</li>
 *   <li>when the person moves post ({@link #forget}, from {@link WorkforceModel#move});</li>
 *   <li>for everyone, when the month's engagement thresholds moved ({@link #beginLeavingPass});</li>
 *   <li>for everyone, when a model starts: its rows index that model's leaving table (a new cache).</li>
 * </ul>
 * A new person's row is unknown. The cache follows the staff table's rows as people join and leave.
 */
final class HazardRowCache implements StaffTable.RowFollower {
    /** Bytes per member of staff: the row and the month it holds until. */
    static final int BYTES_PER_PERSON = 2 * Integer.BYTES;
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final StaffTable staff;
    private final Hazards hazards;
    private final LeavingParameters leaving;
    private final int[] pfOfCell;
    /** Months a worked-out row may be held at most: unlimited, or 1 to work every row out afresh each month. */
    private int holdMonths = Integer.MAX_VALUE;
    /** Per staff row: the row of the leaving table, and the month from which it must be worked out again. */
    int[] row;
    int[] until;
    /** The staff columns {@link #refresh} reads, held here so each read is one load (re-read when the table grows). */
    private int[] retireMonth;
    private int[] joinedMonth;
    private int[] postMonth;
    private int[] cellOf;
    private byte[] engagement;

    HazardRowCache(StaffTable staff, Hazards hazards, Parameters params) {
        this.staff = staff;
        this.hazards = hazards;
        this.leaving = params.leaving;
        this.pfOfCell = params.pfOfCell;
        row = new int[staff.capacity()];
        until = new int[staff.capacity()];
        Arrays.fill(until, UNKNOWN);
        staff.follow(this);
        readColumns();
    }

    private void readColumns() {
        retireMonth = staff.retireMonth();
        joinedMonth = staff.joinedMonth();
        postMonth = staff.postMonth();
        cellOf = staff.cell();
        engagement = staff.engagementPercentiles();
    }

    /** From now on every row is worked out afresh each month (to show the cache changes nothing). */
    void holdAtMostOneMonth() {
        holdMonths = 1;
    }

    /** Before the leaving pass: a moved engagement threshold changes who is engaged, so every row. */
    void beginLeavingPass() {
        readColumns();
        if (hazards.engagementChanged) Arrays.fill(until, 0, staff.size, UNKNOWN);
    }

    /** Whether person i's row is cached (else the leaving pass works it out). */
    boolean isKnown(int i) {
        return until[i] != UNKNOWN;
    }

    /** Person i's row must be worked out again (they moved post). */
    void forget(int i) {
        until[i] = UNKNOWN;
    }

    /**
     * Works out person i's row for the month {@code now} and until when it holds; false if they reach
     * retirement instead. The leaving pass calls this when {@code now >= until[i]}.
     */
    boolean refresh(int i, int now) {
        int retire = retireMonth[i];
        if (now >= retire) return false;
        int joined = joinedMonth[i];
        int post = postMonth[i];
        int pf = pfOfCell[cellOf[i]];
        int at = LeavingParameters.at(pf, now - joined);
        boolean stagnating = now - post >= leaving.stagnationMonths();
        boolean engaged = (engagement[i] & 0xFF) < hazards.engagedThreshold[pf];
        row[i] = hazards.row(pf, leaving.bandOfTenure()[at], stagnating, engaged);
        int holds = retire;
        if (!stagnating) holds = Math.min(holds, post + leaving.stagnationMonths());
        int nextBand = leaving.nextBandTenure()[at];
        if (nextBand != LeavingParameters.NO_NEXT_BAND) holds = Math.min(holds, joined + nextBand);
        until[i] = holdMonths == Integer.MAX_VALUE ? holds : Math.min(holds, now + holdMonths);
        return true;
    }

    @Override
    public void added(int i, int capacity) {
        if (capacity > row.length) {
            row = Arrays.copyOf(row, capacity);
            until = Arrays.copyOf(until, capacity);
            readColumns();
        }
        until[i] = UNKNOWN;
    }

    @Override
    public void moved(int from, int to) {
        row[to] = row[from];
        until[to] = until[from];
    }
}
