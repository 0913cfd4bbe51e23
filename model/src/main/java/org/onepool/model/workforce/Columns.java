package org.onepool.model.workforce;

import java.util.Arrays;

/**
 * The rows of a compact table as parallel primitive columns of one capacity: int, byte and boolean
 * columns, grown, copied, moved and squeezed together, so a table lists its columns once (as indexes
 * into these arrays) and no operation on whole rows names them again.
 */
final class Columns {
    final int[][] ints;
    final byte[][] bytes;
    final boolean[][] booleans;
    private int capacity;

    Columns(int intColumns, int byteColumns, int booleanColumns, int capacity) {
        this.capacity = capacity;
        ints = new int[intColumns][capacity];
        bytes = new byte[byteColumns][capacity];
        booleans = new boolean[booleanColumns][capacity];
    }

    private Columns(Columns o) {
        capacity = o.capacity;
        ints = new int[o.ints.length][];
        bytes = new byte[o.bytes.length][];
        booleans = new boolean[o.booleans.length][];
        for (int k = 0; k < ints.length; k++) ints[k] = o.ints[k].clone();
        for (int k = 0; k < bytes.length; k++) bytes[k] = o.bytes[k].clone();
        for (int k = 0; k < booleans.length; k++) booleans[k] = o.booleans[k].clone();
    }

    Columns copy() {
        return new Columns(this);
    }

    int capacity() {
        return capacity;
    }

    /** Room for at least one more row than {@code rows}; by half as much again and 16, as tables grow. */
    void ensureRoomAfter(int rows) {
        if (rows < capacity) return;
        capacity = capacity * 3 / 2 + 16;
        for (int k = 0; k < ints.length; k++) ints[k] = Arrays.copyOf(ints[k], capacity);
        for (int k = 0; k < bytes.length; k++) bytes[k] = Arrays.copyOf(bytes[k], capacity);
        for (int k = 0; k < booleans.length; k++) booleans[k] = Arrays.copyOf(booleans[k], capacity);
    }

    /** Copies row {@code from} over row {@code to} in every column. */
    void move(int from, int to) {
        for (int[] column : ints) column[to] = column[from];
        for (byte[] column : bytes) column[to] = column[from];
        for (boolean[] column : booleans) column[to] = column[from];
    }

    /** Puts rows {@code kept[0..n)} (ascending) at rows 0..n-1 in every column, keeping their order. */
    void keep(int[] kept, int n) {
        for (int[] column : ints) for (int k = 0; k < n; k++) column[k] = column[kept[k]];
        for (byte[] column : bytes) for (int k = 0; k < n; k++) column[k] = column[kept[k]];
        for (boolean[] column : booleans) for (int k = 0; k < n; k++) column[k] = column[kept[k]];
    }

    /** Bytes a row takes over all columns. */
    int bytesPerRow() {
        return ints.length * Integer.BYTES + bytes.length + booleans.length;
    }
}
