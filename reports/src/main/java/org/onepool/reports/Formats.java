package org.onepool.reports;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import org.onepool.model.finance.FinancialYears;

/** Numbers as finance officers write them: £1.2m, £350k, £12,500, −£40k, 62%, month 27 (2029/30). */
public final class Formats {
    private static final String MINUS = "\u2212";

    private Formats() {
    }

    public static String money(double gbp) {
        if (Double.isNaN(gbp)) return "n/a";
        String sign = gbp < 0 ? MINUS : "";
        double a = Math.abs(gbp);
        if (Math.round(a) == 0) return "£0";
        if (a >= 1e9) return sign + "£" + oneDecimal(a / 1e9) + "bn";
        if (a >= 1e6) return sign + "£" + oneDecimal(a / 1e6) + "m";
        if (a >= 1e5) return sign + "£" + Math.round(a / 1e3) + "k";
        return sign + "£" + NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(a));
    }

    private static String oneDecimal(double v) {
        String s = String.format(Locale.UK, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A month counted from the start, with its financial year: "month 27 (2029/30)". */
    public static String month(int month, String startMonth) {
        FinancialYears years = new FinancialYears(YearMonth.parse(startMonth), month + 1);
        return "month " + month + " (" + years.labelOfMonth(month) + ")";
    }

    /** Large counts in words: 7.2 billion, 75.8 million, 12,300. */
    public static String count(double n) {
        if (n >= 1e9) return oneDecimal(n / 1e9) + " billion";
        if (n >= 1e6) return oneDecimal(n / 1e6) + " million";
        return NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(n));
    }
}
