package org.onepool.model.workforce;

import java.util.Arrays;

/** Open vacancies as parallel arrays; filled or cancelled ones are marked and squeezed out, keeping order. */
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

    int size;
    int[] cell;
    int[] openedMonth;
    int[] eventMonth;
    byte[] state;
    byte[] route;
    boolean[] willSucceed;

    VacancyTable(int capacity) {
        capacity = Math.max(16, capacity);
        cell = new int[capacity];
        openedMonth = new int[capacity];
        eventMonth = new int[capacity];
        state = new byte[capacity];
        route = new byte[capacity];
        willSucceed = new boolean[capacity];
    }

    private VacancyTable(VacancyTable o) {
        size = o.size;
        cell = o.cell.clone();
        openedMonth = o.openedMonth.clone();
        eventMonth = o.eventMonth.clone();
        state = o.state.clone();
        route = o.route.clone();
        willSucceed = o.willSucceed.clone();
    }

    VacancyTable copy() {
        return new VacancyTable(this);
    }

    int open(int vacancyCell, int month) {
        if (size == cell.length) grow();
        int v = size++;
        cell[v] = vacancyCell;
        openedMonth[v] = month;
        eventMonth[v] = -1;
        state[v] = NEW;
        route[v] = ROUTE_EXTERNAL;
        willSucceed[v] = false;
        return v;
    }

    /*
     * States mix unpredictably down the table, so the scans below select without branching: every row is
     * written and the count advances only for the rows wanted.
     */

    /** The rows in {@code wanted} state, in table order, into {@code out} (at least size long); how many. */
    int rowsIn(byte wanted, int[] out) {
        int n = 0;
        for (int v = 0; v < size; v++) {
            out[n] = v;
            n += state[v] == wanted ? 1 : 0;
        }
        return n;
    }

    /** The rows whose campaign ends in {@code month}, in table order, into {@code out}; how many. */
    int campaignsEnding(int month, int[] out) {
        int n = 0;
        for (int v = 0; v < size; v++) {
            out[n] = v;
            n += state[v] == IN_CAMPAIGN & eventMonth[v] == month ? 1 : 0;
        }
        return n;
    }

    /** Squeezes out closed rows, keeping order. */
    void compact() {
        int w = 0;
        for (int r = 0; r < size; r++) {
            cell[w] = cell[r];
            openedMonth[w] = openedMonth[r];
            eventMonth[w] = eventMonth[r];
            state[w] = state[r];
            route[w] = route[r];
            willSucceed[w] = willSucceed[r];
            w += state[r] == CLOSED ? 0 : 1;
        }
        size = w;
    }

    private void grow() {
        int n = cell.length * 3 / 2 + 16;
        cell = Arrays.copyOf(cell, n);
        openedMonth = Arrays.copyOf(openedMonth, n);
        eventMonth = Arrays.copyOf(eventMonth, n);
        state = Arrays.copyOf(state, n);
        route = Arrays.copyOf(route, n);
        willSucceed = Arrays.copyOf(willSucceed, n);
    }
}
