package org.onepool.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The mapped cells of the row being read, parsed, with every bad one reported as "line, column: found,
 * expected" and the row marked bad.
 */
final class Cells {
    private final RowSource source;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final Map<String, DateColumn> dates;
    private final FileReport report;
    private RawRow row;
    private boolean bad;

    Cells(RowSource source, List<String> header, Map<String, Integer> index, Map<String, DateColumn> dates,
          FileReport report) {
        this.source = source;
        this.header = header;
        this.index = index;
        this.dates = dates;
        this.report = report;
    }

    void start(RawRow next) {
        row = next;
        bad = false;
    }

    boolean bad() {
        return bad;
    }

    boolean mapped(String field) {
        Integer c = index.get(field);
        return c != null && c >= 0;
    }

    /** The cell's text ("" when the field is not mapped or the cell empty); null if unreadable (reported). */
    String text(String field) {
        if (!mapped(field)) return "";
        int c = index.get(field);
        String note = row.unreadable(c);
        if (note != null) {
            fail(field, note, "a value");
            return null;
        }
        return row.cell(c);
    }

    /** A required cell's text; null (reported) when empty or unreadable. */
    String required(String field, String expected) {
        String t = text(field);
        if (t == null) return null;
        if (t.isEmpty()) {
            fail(field, "nothing", expected);
            return null;
        }
        return t;
    }

    /** A date; null when empty (and not required) or bad (reported). */
    LocalDate date(String field, boolean required) {
        String t = required ? required(field, "a date") : text(field);
        if (t == null || t.isEmpty()) return null;
        DateColumn column = dates.get(field);
        LocalDate d = column.parse(t);
        if (d == null) {
            fail(field, "'" + t + "'", "a date written " + column.name() + " as the rest of the column is");
            return null;
        }
        if (d.getYear() < 1930) {
            fail(field, "'" + t + "'", "a date from 1930 on");
            return null;
        }
        return d;
    }

    /** A number within [min, max]; NaN when empty (and not required) or bad (reported). */
    double number(String field, boolean required, double min, double max, String expected) {
        String t = required ? required(field, expected) : text(field);
        if (t == null || t.isEmpty()) return Double.NaN;
        double v = Values.number(t);
        if (!(v >= min && v <= max)) {
            fail(field, "'" + t + "'", expected);
            return Double.NaN;
        }
        return v;
    }

    void fail(String field, String found, String expected) {
        bad = true;
        report.problem(source.where(row.line()) + ", column '" + header.get(index.get(field)) + "': found " + found
                + "; expected " + expected);
    }

    /** A value the mapping does not place: listed once per value, the row left out. */
    void unmapped(String field, String value) {
        report.unmapped("column '" + header.get(index.get(field)) + "' (" + field + ")", value, source.where(row.line()));
    }

    String where() {
        return source.where(row.line());
    }
}
