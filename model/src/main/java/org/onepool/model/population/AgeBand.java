package org.onepool.model.population;

/**
 * Ages in whole years from {@code fromYears} up to but not including {@code toYears}, written as HR
 * systems write them: "35-39" is [35, 40).
 */
public record AgeBand(int fromYears, int toYears) {
    public static final int YOUNGEST = 14;
    public static final int OLDEST = 80;

    public AgeBand {
        if (fromYears < YOUNGEST || toYears > OLDEST + 1 || fromYears >= toYears) {
            throw new IllegalArgumentException("age band " + fromYears + " to " + toYears);
        }
    }

    /** The five-year band an exact age falls in (16-19 for the youngest, open bands clamp at the ends). */
    public static AgeBand fiveYearOf(int ageYears) {
        int age = Math.max(YOUNGEST, Math.min(OLDEST, ageYears));
        if (age < 20) return new AgeBand(YOUNGEST, 20);
        int from = age / 5 * 5;
        return new AgeBand(from, Math.min(OLDEST + 1, from + 5));
    }

    /** Parses "35-39"; null if the text is not a band. */
    public static AgeBand parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-');
        if (dash <= 0) return null;
        try {
            int from = Integer.parseInt(t.substring(0, dash).strip());
            int to = Integer.parseInt(t.substring(dash + 1).strip()) + 1;
            return from >= YOUNGEST && to <= OLDEST + 1 && from < to ? new AgeBand(from, to) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The smallest band holding both. */
    public AgeBand span(AgeBand other) {
        return new AgeBand(Math.min(fromYears, other.fromYears), Math.max(toYears, other.toYears));
    }

    @Override
    public String toString() {
        return fromYears + "-" + (toYears - 1);
    }
}
