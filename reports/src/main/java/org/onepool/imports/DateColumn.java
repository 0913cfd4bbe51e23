package org.onepool.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one column writes its dates. HR systems each have their habit (ISO from recruitment systems,
 * dd/mm/yyyy from iTrent and Excel in the UK, dd-MMM-yyyy from ESR); a column is read in the one format
 * that reads most of its first values, and a value in any other is a bad cell, so 03/04/2023 is never
 * read as 3 April in one row and 4 March in the next. Where day and month could be either way round,
 * the UK order wins. A time of day after the date is ignored.
 */
final class DateColumn {
    /** A format a column may use, with the way users write it. */
    record Format(String name, DateTimeFormatter formatter) {
    }

    static final List<Format> FORMATS = List.of(
            format("yyyy-mm-dd", "uuuu-M-d"),
            format("dd/mm/yyyy", "d/M/uuuu"),
            format("dd-mmm-yyyy", "d-MMM-uuuu"),
            format("dd mmm yyyy", "d MMM uuuu"),
            format("dd mmmm yyyy", "d MMMM uuuu"),
            format("dd.mm.yyyy", "d.M.uuuu"),
            format("dd-mm-yyyy", "d-M-uuuu"),
            format("mm/dd/yyyy", "M/d/uuuu"));
    private static final Pattern TIME = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

    private final Format format;

    private DateColumn(Format format) {
        this.format = format;
    }

    private static Format format(String name, String pattern) {
        return new Format(name, new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT));
    }

    /** The column's format given by the mapping (a java.time pattern such as dd/MM/yyyy). */
    static DateColumn of(String pattern) {
        return new DateColumn(format(pattern, pattern.replace("yyyy", "uuuu").replace("yy", "uu")));
    }

    /** The format that reads most of the sample (the UK day-month order first among equals); null if none reads any. */
    static DateColumn detect(List<String> sample) {
        Format best = null;
        int bestCount = 0;
        for (Format f : FORMATS) {
            int n = 0;
            for (String v : sample) if (parse(f, v) != null) n++;
            if (n > bestCount) {
                best = f;
                bestCount = n;
            }
        }
        return best == null ? null : new DateColumn(best);
    }

    String name() {
        return format.name();
    }

    /** The date, or null if the text is not a date in this column's format. */
    LocalDate parse(String text) {
        return parse(format, text);
    }

    private static LocalDate parse(Format f, String text) {
        String t = text.strip();
        if (t.indexOf(':') >= 0) t = TIME.matcher(t).replaceFirst("");
        if (t.isEmpty()) return null;
        try {
            return LocalDate.parse(t, f.formatter());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
