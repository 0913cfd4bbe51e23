package org.onepool.imports;

import java.util.List;

/**
 * One data row of an extract as text, where a user finds it: {@code line} is the CSV line or the
 * spreadsheet row number. A cell that cannot be read (a formula error, part of merged cells) carries a
 * note saying why, and no value.
 */
record RawRow(long line, List<String> cells, List<String> unreadable) {
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    String unreadable(int column) {
        return column < unreadable.size() ? unreadable.get(column) : null;
    }
}
