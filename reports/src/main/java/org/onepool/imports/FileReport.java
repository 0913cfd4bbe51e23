package org.onepool.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What reading one extract file found: rows read and kept, every bad row by line and column (the first
 * {@link #LISTED} listed, the rest counted), codes the mapping does not place, rows deliberately left out,
 * and whether the file is refused.
 */
final class FileReport {
    static final int LISTED = 40;

    final String file;
    String form = "";
    long rows;
    long kept;
    long badRows;
    private long unlisted;
    final List<String> problems = new ArrayList<>();
    /** Problems with the file as a whole (each refuses it). */
    final List<String> refusals = new ArrayList<>();
    /** Per field: values the mapping does not place, with their count, and where each is first. */
    final Map<String, Map<String, long[]>> unmapped = new LinkedHashMap<>();
    private final Map<String, String> firstSeen = new LinkedHashMap<>();
    /** Rows left out on purpose, by why: "contract type 'Bank'". */
    final Map<String, Long> leftOut = new LinkedHashMap<>();
    /** Things corrected or worth knowing, by what: counted. */
    final Map<String, Long> notes = new LinkedHashMap<>();

    FileReport(String file) {
        this.file = file;
    }

    void problem(String message) {
        if (problems.size() < LISTED) problems.add(message);
        else unlisted++;
    }

    void unmapped(String field, String value, String where) {
        long[] seen = unmapped.computeIfAbsent(field, k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new long[] {0});
        seen[0]++;
        firstSeen.putIfAbsent(field + "\u0000" + value, where);
    }

    void leftOut(String why) {
        leftOut.merge(why, 1L, Long::sum);
    }

    void note(String what) {
        notes.merge(what, 1L, Long::sum);
    }

    boolean refused() {
        return !refusals.isEmpty();
    }

    long unlisted() {
        return unlisted;
    }

    /** Refuses the file if its share of bad rows is above the limit, or its codes are not all mapped. */
    void finish(double maxBadShare, String mappingPath) {
        if (rows > 0 && badRows > maxBadShare * rows) {
            refusals.add(String.format(Locale.UK, "%,d of %,d rows (%.1f%%) are bad; expected at most %.1f%% "
                    + "(maxBadRowShare in the mapping)", badRows, rows, 100.0 * badRows / rows, 100 * maxBadShare));
        }
        for (var field : unmapped.entrySet()) {
            List<String> values = new ArrayList<>();
            int shown = 0;
            for (var v : field.getValue().entrySet()) {
                if (shown++ == 12) break;
                values.add(String.format(Locale.UK, "'%s' (%,d %s, first at %s)", v.getKey(), v.getValue()[0],
                        v.getValue()[0] == 1 ? "row" : "rows", firstSeen.get(field.getKey() + "\u0000" + v.getKey())));
            }
            int more = field.getValue().size() - values.size();
            refusals.add(field.getKey() + ": " + field.getValue().size() + (field.getValue().size() == 1 ? " value" : " values")
                    + " the mapping does not place: " + String.join(", ", values) + (more > 0 ? " and " + more + " more" : "")
                    + "; add " + (field.getValue().size() == 1 ? "it" : "them") + " to " + mappingPath);
        }
    }
}
