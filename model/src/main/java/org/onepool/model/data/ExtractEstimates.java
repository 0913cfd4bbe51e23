package org.onepool.model.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.onepool.model.population.AgeBand;
import org.onepool.model.population.ImportedPopulation;
import org.onepool.model.population.PopulationCsv;
import org.onepool.model.population.RecordedPerson;
import org.onepool.model.scenario.ProfileBand;
import org.onepool.model.workforce.Apportion;

/**
 * Everything estimated from the partners' records: per partner and job family the establishment, salaries,
 * leaving rates by tenure band and reason shares; per partner its recruitment and retirement age; and the
 * staff in post as a recorded population. Small cells are merged, and each merge is noted.
 */
public record ExtractEstimates(List<PartnerEstimate> partners, ImportedPopulation population, List<String> notes) {
    /** Starter ages need this many joiners; with fewer, the partner's are used, then the scenario's profile. */
    public static final int MIN_STARTERS = 20;

    public ExtractEstimates {
        partners = List.copyOf(partners);
        notes = List.copyOf(notes);
    }

    /**
     * @param gradesOfFamily the onepool ladder of each job family the records use
     * @param hardToRecruit  families whose campaigns fail more often (their failure share is estimated apart)
     * @param tenureEdges    where tenure bands start, in years (0 first); small bands are merged
     */
    public static ExtractEstimates of(List<PartnerRecords> records, RecordsPeriod period, Map<String, Integer> gradesOfFamily,
                                      Set<String> hardToRecruit, double[] tenureEdges) {
        List<String> notes = new ArrayList<>();
        List<PartnerEstimate> partners = new ArrayList<>();
        List<RecordedPerson> people = new ArrayList<>();
        for (PartnerRecords r : records) {
            List<FamilyEstimate> families = new ArrayList<>();
            for (String family : r.familiesInPost(period.to())) {
                families.add(family(r, family, gradesOfFamily.get(family), period, tenureEdges, notes));
            }
            partners.add(new PartnerEstimate(r.partner(), families,
                    RecruitmentEstimates.of(r.campaigns(), period, hardToRecruit),
                    LeavingEstimates.retirement(r.staff(), r.leavers(), period), r.leavers().size(), r.campaigns().size()));
            people.addAll(recorded(r, period.to(), notes));
        }
        people.sort(PopulationCsv.ORDER);
        return new ExtractEstimates(partners, new ImportedPopulation(YearMonth.from(period.to()), people), notes);
    }

    private static FamilyEstimate family(PartnerRecords r, String family, int grades, RecordsPeriod period,
                                         double[] edges, List<String> notes) {
        String where = r.partner() + " " + family;
        List<StaffRow> staff = r.staffIn(family);
        List<LeaverRow> leavers = r.leaversIn(family);
        int[] inPost = new int[grades];
        for (StaffRow s : staff) inPost[s.grade() - 1]++;
        int[] open = openPosts(r.campaignsIn(family), period.to(), inPost);
        List<Integer> establishment = new ArrayList<>();
        List<Integer> staffByGrade = new ArrayList<>();
        for (int g = 0; g < grades; g++) {
            staffByGrade.add(inPost[g]);
            establishment.add(inPost[g] + open[g]);
        }

        List<BandRate> bands = LifeTable.estimate(LeavingEstimates.spells(staff, leavers, period), edges);
        boolean pooled = bands.stream().mapToLong(BandRate::leavers).sum() < LifeTable.SMALL;
        if (pooled) {
            bands = LifeTable.estimate(LeavingEstimates.spells(r.staff(), r.leavers(), period), edges);
            notes.add(where + ": fewer than " + LifeTable.SMALL + " leavers in the period; leaving rates are the "
                    + "partner's across its job families");
        }
        Map<LeavingReason, Integer> counts = LeavingEstimates.reasonCounts(leavers, period);
        boolean reasonsPooled = total(counts) < LeavingEstimates.MIN_LEAVERS_FOR_SHARES;
        if (reasonsPooled) {
            counts = LeavingEstimates.reasonCounts(r.leavers(), period);
            notes.add(where + ": fewer than " + LeavingEstimates.MIN_LEAVERS_FOR_SHARES + " leavers give a reason; "
                    + "reason shares are the partner's");
        }
        int n = total(counts);
        Map<LeavingReason, Interval> shares = new TreeMap<>();
        if (n > 0) for (var e : counts.entrySet()) shares.put(e.getKey(), Interval.share(e.getValue(), n));

        List<ProfileBand> starters = starterAges(staff, leavers, period);
        if (starters == null) starters = starterAges(r.staff(), r.leavers(), period);
        int atStart = staffOn(staff, leavers, period.from());
        int atEnd = staffOn(staff, leavers, period.fitUntil());
        double years = period.fitYears();
        double change = atStart > 0 && atEnd > 0 && years > 0.5 ? Math.pow((double) atEnd / atStart, 1 / years) - 1 : 0;
        return new FamilyEstimate(family, staffByGrade, establishment, salaries(staff, grades, where, notes), bands,
                pooled, shares, n, reasonsPooled, starters, Math.max(-0.5, Math.min(0.5, change)), atStart, atEnd);
    }

    private static int total(Map<LeavingReason, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Posts open on the list's date by grade; those of unknown grade go to grades in proportion to staff. */
    private static int[] openPosts(List<CampaignRow> campaigns, LocalDate day, int[] inPost) {
        int[] open = new int[inPost.length];
        int unknown = 0;
        for (CampaignRow c : campaigns) {
            if (!c.openOn(day)) continue;
            if (c.grade() >= 1 && c.grade() <= open.length) open[c.grade() - 1]++;
            else unknown++;
        }
        double[] shares = new double[inPost.length];
        for (int g = 0; g < shares.length; g++) shares[g] = inPost[g];
        int[] spread = Apportion.largestRemainders(unknown, shares);
        for (int g = 0; g < open.length; g++) open[g] += spread[g];
        return open;
    }

    /** Mean full-time salary per grade, small grades sharing their neighbours' mean; empty grades take the nearest. */
    private static List<Double> salaries(List<StaffRow> staff, int grades, String where, List<String> notes) {
        int[] n = new int[grades];
        double[] sum = new double[grades];
        for (StaffRow s : staff) {
            if (Double.isNaN(s.salaryGbpFte())) continue;
            n[s.grade() - 1]++;
            sum[s.grade() - 1] += s.salaryGbpFte();
        }
        int[] group = SmallCells.merge(n);
        double[] mean = new double[grades];
        for (int g = 0; g < grades; g++) {
            int count = 0;
            double total = 0;
            for (int h = 0; h < grades; h++) {
                if (group[h] == group[g]) {
                    count += n[h];
                    total += sum[h];
                }
            }
            mean[g] = count > 0 ? total / count : Double.NaN;
            if (n[g] > 0 && n[g] < SmallCells.MIN_PEOPLE) {
                notes.add(where + " grade " + (g + 1) + ": fewer than " + SmallCells.MIN_PEOPLE
                        + " staff; salary is the mean with neighbouring grades");
            }
        }
        List<Double> out = new ArrayList<>();
        for (int g = 0; g < grades; g++) {
            double m = mean[g];
            for (int d = 1; Double.isNaN(m) && d < grades; d++) {
                if (g - d >= 0 && !Double.isNaN(mean[g - d])) m = mean[g - d];
                else if (g + d < grades && !Double.isNaN(mean[g + d])) m = mean[g + d];
            }
            out.add(Double.isNaN(m) ? Double.NaN : Math.round(m / 10.0) * 10.0);
        }
        return out;
    }

    /** Ages on joining of those who joined in the fitting period, in five-year bands merged to at least five. */
    private static List<ProfileBand> starterAges(List<StaffRow> staff, List<LeaverRow> leavers, RecordsPeriod period) {
        List<Double> ages = new ArrayList<>();
        for (StaffRow s : staff) {
            if (!LeavingEstimates.inFit(s.joined(), period)) continue;
            double now = s.ageYears() >= 0 ? s.ageYears() + 0.5 : (s.ageBand().fromYears() + s.ageBand().toYears()) / 2.0;
            ages.add(now - Tenure.years(s.joined(), period.to()));
        }
        for (LeaverRow l : leavers) {
            if (!LeavingEstimates.inFit(l.joined(), period)) continue;
            double then;
            if (l.ageYears() >= 0) then = l.ageYears() + 0.5;
            else if (l.ageBand() != null) then = (l.ageBand().fromYears() + l.ageBand().toYears()) / 2.0;
            else continue;
            ages.add(then - Tenure.years(l.joined(), l.left()));
        }
        if (ages.size() < MIN_STARTERS) return null;
        int first = 15;
        int bands = 11;
        int[] counts = new int[bands];
        for (double a : ages) {
            int b = (int) Math.floor((Math.max(16, Math.min(69.99, a)) - first) / 5);
            counts[Math.max(0, Math.min(bands - 1, b))]++;
        }
        int[] group = SmallCells.merge(counts);
        List<ProfileBand> out = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            if (group[b] != b) continue;
            int end = b;
            int n = 0;
            while (end < bands && group[end] == b) n += counts[end++];
            if (n == 0) continue;
            out.add(new ProfileBand(b == 0 ? 16 : first + 5 * b, Math.min(70, first + 5 * end), (double) n / ages.size()));
        }
        return out;
    }

    /** Staff in post at the end of {@code day}: on the list and joined by then, or left after it. */
    public static int staffOn(List<StaffRow> staff, List<LeaverRow> leavers, LocalDate day) {
        int n = 0;
        for (StaffRow s : staff) if (!s.joined().isAfter(day)) n++;
        for (LeaverRow l : leavers) if (!l.joined().isAfter(day) && l.left().isAfter(day)) n++;
        return n;
    }

    /**
     * The partner's staff in post as recorded people: age band of five years (from the exact age when known),
     * bands within a partner x family x grade merged until each holds at least five people.
     */
    private static List<RecordedPerson> recorded(PartnerRecords r, LocalDate listDate, List<String> notes) {
        Map<String, List<StaffRow>> cells = new TreeMap<>();
        for (StaffRow s : r.staff()) cells.computeIfAbsent(s.jobFamily() + "\u0000" + s.grade(), k -> new ArrayList<>()).add(s);
        List<RecordedPerson> out = new ArrayList<>();
        for (var cell : cells.values()) {
            TreeMap<Integer, AgeBand> bandsByStart = new TreeMap<>();
            for (StaffRow s : cell) {
                AgeBand b = band(s);
                bandsByStart.merge(b.fromYears(), b, AgeBand::span);
            }
            List<AgeBand> bands = new ArrayList<>(bandsByStart.values());
            int[] sizes = new int[bands.size()];
            for (StaffRow s : cell) sizes[bands.indexOf(bandsByStart.get(band(s).fromYears()))]++;
            int[] group = SmallCells.merge(sizes);
            StaffRow any = cell.get(0);
            if (cell.size() < SmallCells.MIN_PEOPLE) {
                notes.add(r.partner() + " " + any.jobFamily() + " grade " + any.grade() + ": " + "fewer than "
                        + SmallCells.MIN_PEOPLE + " staff in post (one age band for all)");
            }
            for (StaffRow s : cell) {
                int k = bands.indexOf(bandsByStart.get(band(s).fromYears()));
                AgeBand merged = bands.get(group[k]);
                for (int j = 0; j < bands.size(); j++) if (group[j] == group[k]) merged = merged.span(bands.get(j));
                YearMonth joined = YearMonth.from(s.joined());
                YearMonth inPost = s.inPostSince() == null ? null : YearMonth.from(s.inPostSince());
                if (inPost != null && inPost.isBefore(joined)) inPost = joined;
                out.add(new RecordedPerson(r.partner(), s.jobFamily(), s.grade(), merged, joined, inPost));
            }
        }
        return out;
    }

    private static AgeBand band(StaffRow s) {
        return s.ageYears() >= 0 ? AgeBand.fiveYearOf(s.ageYears()) : s.ageBand();
    }
}
