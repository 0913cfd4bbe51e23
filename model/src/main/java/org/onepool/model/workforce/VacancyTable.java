package org.onepool.model.workforce;

/** Open vacancies as parallel columns; filled or cancelled ones are marked and squeezed out, keeping order. */
final class VacancyTable {
    /** Just opened: internal candidates, redeployees and the talent bank are tried first. */
    static final byte NEW = 0;
    /** Needs an external campaign launched this month. */
    static final byte NEEDS_CAMPAIGN = 1;
    /** A campaign (or a talent-bank offer) is running; something happens at eventMonth. */
    static final byte IN_CAMPAIGN = 2;
    static final byte CLOSED = 3;

    static final byte ROUTE_EXTERNAL = 0;
    static final byte ROUTE_SHARED = 1;
    static final byte ROUTE_TALENT_BANK = 2;
    /** An internal appointment campaign: the appointee is chosen from the candidates when it ends. */
    static final byte ROUTE_INTERNAL = 3;

    /** The columns: int columns, byte columns, boolean columns. */
    private static final int CELL = 0, OPENED = 1, EVENT = 2, SEQUENCE = 3, INT_COLUMNS = 4;
    private static final int STATE = 0, ROUTE = 1, BYTE_COLUMNS = 2;
    private static final int WILL_SUCCEED = 0, BOOLEAN_COLUMNS = 1;

    int size;
    private final Columns columns;
    /** Scratch for {@link #compact}: the rows kept. */
    private int[] kept = new int[0];

    VacancyTable(int capacity) {
        columns = new Columns(INT_COLUMNS, BYTE_COLUMNS, BOOLEAN_COLUMNS, Math.max(16, capacity));
    }

    private VacancyTable(VacancyTable o) {
        size = o.size;
        columns = o.columns.copy();
    }

    VacancyTable copy() {
        return new VacancyTable(this);
    }

    /** Partner x job family x grade of each vacancy's post. */
    int[] cell() {
        return columns.ints[CELL];
    }

    int[] openedMonth() {
        return columns.ints[OPENED];
    }

    /** Month of the vacancy's next event (its campaign or talent-bank offer ends). */
    int[] eventMonth() {
        return columns.ints[EVENT];
    }

    /**
     * The vacancy's number among those ever opened in its cell: with the cell, what its random draws are
     * keyed by, so they do not depend on what happens in other cells.
     */
    int[] sequence() {
        return columns.ints[SEQUENCE];
    }

    /** The key of vacancy v's random draws: its cell and its number in the cell. */
    long key(int v) {
        return (long) columns.ints[CELL][v] << 32 | columns.ints[SEQUENCE][v];
    }

    /** {@link #NEW}, {@link #NEEDS_CAMPAIGN}, {@link #IN_CAMPAIGN} or {@link #CLOSED}. */
    byte[] state() {
        return columns.bytes[STATE];
    }

    /** {@link #ROUTE_EXTERNAL}, {@link #ROUTE_SHARED}, {@link #ROUTE_TALENT_BANK} or {@link #ROUTE_INTERNAL}. */
    byte[] route() {
        return columns.bytes[ROUTE];
    }

    /** Whether the running campaign will hire (decided at launch). */
    boolean[] willSucceed() {
        return columns.booleans[WILL_SUCCEED];
    }

    int open(int vacancyCell, int month, int sequence) {
        columns.ensureRoomAfter(size);
        int v = size++;
        columns.ints[CELL][v] = vacancyCell;
        columns.ints[SEQUENCE][v] = sequence;
        columns.ints[OPENED][v] = month;
        columns.ints[EVENT][v] = -1;
        columns.bytes[STATE][v] = NEW;
        columns.bytes[ROUTE][v] = ROUTE_EXTERNAL;
        columns.booleans[WILL_SUCCEED][v] = false;
        return v;
    }

    /*
     * States mix unpredictably down the table, so the scans below select without branching: every row is
     * written and the count advances only for the rows wanted.
     */

    /** The rows in {@code wanted} state, in table order, into {@code out} (at least size long); how many. */
    int rowsIn(byte wanted, int[] out) {
        byte[] state = state();
        int n = 0;
        for (int v = 0; v < size; v++) {
            out[n] = v;
            n += state[v] == wanted ? 1 : 0;
        }
        return n;
    }

    /** The rows whose campaign ends in {@code month}, in table order, into {@code out}; how many. */
    int campaignsEnding(int month, int[] out) {
        byte[] state = state();
        int[] eventMonth = eventMonth();
        int n = 0;
        for (int v = 0; v < size; v++) {
            out[n] = v;
            n += state[v] == IN_CAMPAIGN & eventMonth[v] == month ? 1 : 0;
        }
        return n;
    }

    /** Squeezes out closed rows, keeping order. */
    void compact() {
        if (kept.length < size) kept = new int[columns.capacity()];
        byte[] state = state();
        int n = 0;
        for (int v = 0; v < size; v++) {
            kept[n] = v;
            n += state[v] == CLOSED ? 0 : 1;
        }
        if (n < size) columns.keep(kept, n);
        size = n;
    }
}
