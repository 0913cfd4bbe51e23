package org.onepool.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Who leaves and why, from the staff list and the leavers list over the fitting period: spells of service
 * for the life table, reason shares, and the age at retirement.
 */
public final class LeavingEstimates {
    /** Reason shares need this many leavers in a partner x family; with fewer, the partner's are used. */
    public static final int MIN_LEAVERS_FOR_SHARES = 20;
    /** The mean age at retirement needs this many retirements of known age. */
    public static final int MIN_RETIREMENTS = 10;

    private LeavingEstimates() {
    }

    /**
     * Spells in view between {@code period.from()} and {@code period.fitUntil()}: each person in post at the end
     * and each leaver from the later of joining and the period's start, to leaving (a spell ending in a counted
     * leaving), to the end of the fitting period (still in post then: censored), or to retirement or
     * redundancy (censored: the model decides those itself).
     */
    public static List<Spell> spells(List<StaffRow> staff, List<LeaverRow> leavers, RecordsPeriod period) {
        List<Spell> spells = new ArrayList<>();
        LocalDate from = period.from();
        LocalDate until = period.fitUntil();
        for (StaffRow s : staff) {
            if (!s.joined().isBefore(until)) continue;
            LocalDate start = s.joined().isAfter(from) ? s.joined() : from;
            spells.add(new Spell(Tenure.years(s.joined(), start), Tenure.years(s.joined(), until), false));
        }
        for (LeaverRow l : leavers) {
            if (l.left().isBefore(from) || !l.joined().isBefore(until)) continue;
            LocalDate start = l.joined().isAfter(from) ? l.joined() : from;
            boolean inFit = !l.left().isAfter(until);
            LocalDate end = inFit ? l.left() : until;
            if (end.isBefore(start)) continue;
            spells.add(new Spell(Tenure.years(l.joined(), start), Tenure.years(l.joined(), end),
                    inFit && l.reason().countsInLeavingRate()));
        }
        return spells;
    }

    /** Leavers counted in the leaving rate who left in the fitting period, by the model's reason. */
    public static Map<LeavingReason, Integer> reasonCounts(List<LeaverRow> leavers, RecordsPeriod period) {
        Map<LeavingReason, Integer> counts = new EnumMap<>(LeavingReason.class);
        for (LeavingReason r : List.of(LeavingReason.CAREER, LeavingReason.PAY, LeavingReason.RELOCATION, LeavingReason.OTHER)) {
            counts.put(r, 0);
        }
        for (LeaverRow l : leavers) {
            if (!inFit(l.left(), period) || !l.reason().countsInLeavingRate()) continue;
            counts.merge(l.reason().modelShare(), 1, Integer::sum);
        }
        return counts;
    }

    /** Age at retirement of those who retired in the fitting period with a known exact age; null if too few. */
    public static Retirement retirement(List<LeaverRow> leavers, RecordsPeriod period) {
        SummaryStatistics ages = new SummaryStatistics();
        for (LeaverRow l : leavers) {
            if (l.reason() == LeavingReason.RETIREMENT && l.ageYears() >= 0 && inFit(l.left(), period)) {
                ages.addValue(l.ageYears() + 0.5);
            }
        }
        if (ages.getN() < MIN_RETIREMENTS) return null;
        return new Retirement((int) ages.getN(), ages.getMean(), Math.max(0.5, ages.getStandardDeviation()));
    }

    /** The mean and spread of the age at retirement (whole years recorded, so each counts as its midpoint). */
    public record Retirement(int retirements, double meanYears, double sdYears) {
    }

    static boolean inFit(LocalDate day, RecordsPeriod period) {
        return !day.isBefore(period.from()) && !day.isAfter(period.fitUntil());
    }
}
