package org.onepool.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one extract file through its mapping, row by row: personal data refuses the file; each row becomes
 * a record or a bad row (named by line and column); the whole file is refused when too many rows are bad.
 * A staff or leavers row identical to an earlier one is taken for someone listed twice.
 */
final class ExtractReader {
    /** Larger files are refused before they are read. */
    static final long MAX_FILE_BYTES = 1L << 30;
    /** Rows read before the date format of each date column is settled. */
    private static final int SAMPLE_ROWS = 2000;
    /** Personal data found in a file is listed this many times, then the file is refused anyway. */
    private static final int PERSONAL_LISTED = 5;

    /** Turns one row into a record; reports bad cells through the context. */
    interface RowMapper<T> {
        T map(RawRow row, Cells cells);
    }

    private ExtractReader() {
    }

    static <T> List<T> read(Path file, ImportMapping.FileMapping mapping, FileKind kind, String mappingPath,
                            RowMapper<T> mapper, FileReport report) {
        List<T> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            report.refusals.add("no file at " + file + "; expected the " + kind.key + " extract the mapping names ("
                    + mappingPath + ".file)");
            return out;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                report.refusals.add(String.format(Locale.UK, "%,d bytes; expected a file of at most %,d bytes",
                        Files.size(file), MAX_FILE_BYTES));
                return out;
            }
            if (name.endsWith(".xls")) {
                report.refusals.add("an old-style .xls workbook; expected .xlsx or CSV (save it again from Excel as either)");
                return out;
            }
            Set<String> wanted = new HashSet<>(mapping.columns().values());
            try (RowSource source = name.endsWith(".xlsx") || name.endsWith(".xlsm")
                    ? XlsxSource.open(file, mapping.sheet(), wanted) : CsvSource.open(file, wanted)) {
                report.form = source.form();
                readRows(source, mapping, kind, mapper, report, out);
            }
        } catch (ExtractFileException e) {
            report.refusals.add(e.getMessage());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | org.apache.poi.ooxml.POIXMLException e) {
            // commons-csv reports a malformed file (a stray quote) as an unchecked exception naming the line.
            report.refusals.add("a file that cannot be read (" + e.getMessage() + "); expected a CSV or XLSX extract");
        }
        return out;
    }

    private static <T> void readRows(RowSource source, ImportMapping.FileMapping mapping, FileKind kind,
                                     RowMapper<T> mapper, FileReport report, List<T> out) throws IOException {
        List<String> header = source.header();
        for (int c = 0; c < header.size(); c++) {
            String why = PersonalData.header(header.get(c));
            if (why != null) {
                report.refusals.add(source.where(source.headerLine()) + ", column '" + header.get(c) + "': " + why
                        + "; expected an extract without it (onepool reads no names or identifiers: remove the column)");
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (var e : mapping.columns().entrySet()) index.put(e.getKey(), header.indexOf(e.getValue()));
        List<RawRow> buffer = new ArrayList<>();
        RawRow row;
        while (buffer.size() < SAMPLE_ROWS && (row = source.next()) != null) buffer.add(row);
        Map<String, DateColumn> dates = new HashMap<>();
        for (String field : index.keySet()) {
            if (!FileKind.DATES.contains(field)) continue;
            int c = index.get(field);
            if (mapping.dateFormat() != null) {
                dates.put(field, DateColumn.of(mapping.dateFormat()));
                continue;
            }
            List<String> sample = new ArrayList<>();
            for (RawRow r : buffer) if (!r.cell(c).isEmpty()) sample.add(r.cell(c));
            DateColumn detected = DateColumn.detect(sample);
            if (detected == null && !sample.isEmpty()) {
                report.refusals.add("column '" + header.get(c) + "': no value reads as a date (first: '" + sample.get(0)
                        + "'); expected dates such as 2025-03-31, 31/03/2025 or 31-Mar-2025, or dateFormat in the mapping");
            }
            dates.put(field, detected == null ? DateColumn.of("yyyy-MM-dd") : detected);
        }
        if (report.refused()) return;
        boolean people = kind != FileKind.VACANCIES;
        Map<String, Long> seen = new HashMap<>();
        int personal = 0;
        Cells cells = new Cells(source, header, index, dates, report);
        int next = 0;
        while (true) {
            row = next < buffer.size() ? buffer.get(next++) : source.next();
            if (row == null) break;
            report.rows++;
            for (int c = 0; c < row.cells().size(); c++) {
                String why = PersonalData.value(row.cells().get(c));
                if (why != null && personal++ < PERSONAL_LISTED) {
                    report.refusals.add(source.where(row.line()) + ", column '" + (c < header.size() ? header.get(c) : "#" + (c + 1))
                            + "': " + why + "; expected an extract without personal data (remove the column)");
                }
            }
            if (personal > 0) continue;
            cells.start(row);
            T record = mapper.map(row, cells);
            if (cells.bad()) {
                report.badRows++;
                continue;
            }
            if (record == null) continue;
            if (people) {
                Long first = seen.putIfAbsent(String.join("\u0000", row.cells()), row.line());
                if (first != null) {
                    report.badRows++;
                    report.problem(source.where(row.line()) + ": the same as " + source.where(first)
                            + " (someone listed twice?); expected one row a person");
                    continue;
                }
            }
            out.add(record);
            report.kept++;
        }
        if (personal > PERSONAL_LISTED) {
            report.refusals.add((personal - PERSONAL_LISTED) + " more cells of personal data");
        }
    }
}
