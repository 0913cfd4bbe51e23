package org.onepool.model.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK financial year written as {@code 2024-25} (or {@code 2024/25}), named by the calendar year it starts in. */
public final class FinancialYearLabel {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})[-/](\\d{2})");

    private FinancialYearLabel() {
    }

    /** The calendar start year, or null when the label is not a financial year such as 2024-25. */
    public static Integer parse(String label) {
        if (label == null) return null;
        Matcher m = YEAR.matcher(label.strip());
        if (!m.matches()) return null;
        int first = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == (first + 1) % 100 ? first : null;
    }

    /** 2024 gives {@code 2024-25}. */
    public static String of(int year) {
        return year + "-" + String.format("%02d", Math.floorMod(year + 1, 100));
    }
}
