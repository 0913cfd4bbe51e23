package org.onepool.model.data;

/**
 * A stretch of one person's service seen in the records: tenure (years with the employer) when it came
 * into view and when it left view, and whether it ended with a leaving that counts in the leaving rate
 * (otherwise it was censored: still in post at the end, or retired or made redundant).
 */
public record Spell(double entryYears, double exitYears, boolean left) {
    public Spell {
        if (!(entryYears >= 0 && exitYears >= entryYears)) {
            throw new IllegalArgumentException("spell from " + entryYears + " to " + exitYears);
        }
    }
}
