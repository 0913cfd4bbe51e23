package org.onepool.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The distribution of the age at retirement, from the retirement hazard at each year of age from 50 to 75
     * (retirements over the years staff of that age were in view, so that those who left for other reasons
     * before retiring count as censored rather than dropping out of sight), summarised as its mean and
     * standard deviation (what remains in post at 75 counted as retiring then). The mean age of retirees alone
     * would be too low: those who would retire late have longer to leave first. Ages come from dates of birth,
     * or from the middle of an age band. Null when fewer than {@link #MIN_RETIREMENTS} retirements.
     */
    public static Retirement retirement(List<StaffRow> staff, List<LeaverRow> leavers, RecordsPeriod period) {
        List<Spell> spells = new ArrayList<>();
        LocalDate from = period.from();
        LocalDate until = period.fitUntil();
        for (StaffRow s : staff) {
            if (!s.joined().isBefore(until)) continue;
            double ageAtList = s.ageYears() >= 0 ? s.ageYears() + 0.5 : (s.ageBand().fromYears() + s.ageBand().toYears()) / 2.0;
            LocalDate start = s.joined().isAfter(from) ? s.joined() : from;
            spells.add(new Spell(Math.max(0, ageAtList - Tenure.years(start, period.to())),
                    Math.max(0, ageAtList - Tenure.years(until, period.to())), false));
        }
        for (LeaverRow l : leavers) {
            if (l.left().isBefore(from) || !l.joined().isBefore(until)) continue;
            double ageAtLeaving;
            if (l.ageYears() >= 0) ageAtLeaving = l.ageYears() + 0.5;
            else if (l.ageBand() != null) ageAtLeaving = (l.ageBand().fromYears() + l.ageBand().toYears()) / 2.0;
            else continue;
            LocalDate start = l.joined().isAfter(from) ? l.joined() : from;
            boolean inFit = !l.left().isAfter(until);
            LocalDate end = inFit ? l.left() : until;
            if (end.isBefore(start)) continue;
            spells.add(new Spell(Math.max(0, ageAtLeaving - Tenure.years(start, l.left())),
                    Math.max(0, ageAtLeaving - Tenure.years(end, l.left())), inFit && l.reason() == LeavingReason.RETIREMENT));
        }
        double[] edges = new double[AGES + 2];
        for (int k = 0; k <= AGES; k++) edges[k + 1] = FIRST_AGE + k;
        List<BandRate> byAge = LifeTable.estimate(spells, edges, 0);
        long retirements = 0;
        double survival = 1;
        double mean = 0;
        double square = 0;
        for (int k = 1; k < byAge.size(); k++) {
            BandRate b = byAge.get(k);
            retirements += b.leavers();
            double mid = b.toYears() == null ? b.fromYears() + 0.5 : (b.fromYears() + b.toYears()) / 2;
            double retiring = b.toYears() == null ? survival : survival * b.annualRate().estimate();
            mean += retiring * mid;
            square += retiring * mid * mid;
            survival -= retiring;
        }
        if (retirements < MIN_RETIREMENTS) return null;
        double sd = Math.sqrt(Math.max(0, square - mean * mean));
        return new Retirement((int) retirements, mean, Math.max(0.5, sd));
    }

    /** Retirement ages are estimated year by year from this age, for this many years. */
    private static final int FIRST_AGE = 50, AGES = 25;

    /** The mean and spread of the age at retirement (whole years recorded, so each counts as its midpoint). */
    public record Retirement(int retirements, double meanYears, double sdYears) {
    }

    static boolean inFit(LocalDate day, RecordsPeriod period) {
        return !day.isBefore(period.from()) && !day.isAfter(period.fitUntil());
    }
}
