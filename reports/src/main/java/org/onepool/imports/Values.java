package org.onepool.imports;

import java.util.Locale;
import java.util.regex.Pattern;
import org.onepool.model.population.AgeBand;

/** Numbers, yes/no and age bands as HR exports write them. */
final class Values {
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern EUROPEAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(-|to|–)\\s*(\\d{1,2})(\\s*years?)?");
    private static final Pattern UPTO = Pattern.compile("(<=?|under|up to|below)\\s*(\\d{1,2})(\\s*years?)?|(\\d{1,2})\\s*(years?\\s*)?(and|&)\\s*(under|below|younger)");
    private static final Pattern FROM = Pattern.compile("(>=?|over|above)\\s*(\\d{1,2})(\\s*years?)?|(\\d{1,2})\\s*(\\+|(years?\\s*)?(and|&)\\s*(over|above|older))(\\s*years?)?");

    private Values() {
    }

    /**
     * A non-negative number: 32500, 32,500.00, £32,500, 0.8; with a decimal comma (0,8 or 32.500,00) as
     * Excel writes them where semicolons separate the columns. NaN if it is not one.
     */
    static double number(String text) {
        String t = text.strip().replace("£", "").replace("GBP", "").replace(" ", "").replace("\u00A0", "");
        if (PLAIN.matcher(t).matches()) return Double.parseDouble(t);
        if (THOUSANDS.matcher(t).matches()) return Double.parseDouble(t.replace(",", ""));
        if (EUROPEAN.matcher(t).matches()) return Double.parseDouble(t.replace(".", "").replace(',', '.'));
        if (DECIMAL_COMMA.matcher(t).matches()) return Double.parseDouble(t.replace(',', '.'));
        return Double.NaN;
    }

    /** TRUE, FALSE, or null when the text says neither. */
    static Boolean yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "y", "yes", "true", "1", "agency" -> Boolean.TRUE;
            case "n", "no", "false", "0", "none" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An age band as HR systems write them (35-39, 21 - 25, <=20 Years, Under 20, 65+, >=71 Years); null if none. */
    static AgeBand ageBand(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        var m = RANGE.matcher(t);
        if (m.matches()) return band(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)) + 1);
        m = UPTO.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            boolean inclusive = m.group(1) == null || m.group(1).equals("<=") || m.group(1).equals("up to");
            return band(16, inclusive ? n + 1 : n);
        }
        m = FROM.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            boolean inclusive = m.group(1) == null || m.group(1).equals(">=");
            return band(inclusive ? n : n + 1, AgeBand.OLDEST + 1);
        }
        return null;
    }

    private static AgeBand band(int from, int to) {
        int f = Math.max(AgeBand.YOUNGEST, from);
        int t = Math.min(AgeBand.OLDEST + 1, to);
        return f < t ? new AgeBand(f, t) : null;
    }
}
